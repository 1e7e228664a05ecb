import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// The app's sections: Today, Patrol, Visits, Records, Sync, Settings. A bottom bar under
// the thumb on a phone; a rail down the left on a tablet (vertical).
Rectangle {
    id: bar

    property bool vertical: false
    property int currentIndex: 0

    signal selected(int index)

    // Changes waiting to go out, or "!" when some need the user.
    readonly property string syncBadge: SyncStatus.problemCount > 0 ? "!"
                                      : SyncStatus.pendingCount > 0 ? String(Math.min(SyncStatus.pendingCount, 99)) : ""

    color: vertical ? Theme.background : Theme.surface
    implicitWidth: vertical ? Theme.railWidth : 360
    implicitHeight: vertical ? 400 : 60

    Rectangle {
        // The edge towards the content.
        color: Theme.divider
        width: bar.vertical ? 1 : parent.width
        height: bar.vertical ? parent.height : 1
        anchors.right: bar.vertical ? parent.right : undefined
    }

    GridLayout {
        anchors.fill: parent
        anchors.topMargin: bar.vertical ? 8 : 1
        flow: bar.vertical ? GridLayout.TopToBottom : GridLayout.LeftToRight
        rows: bar.vertical ? 8 : 1
        columns: bar.vertical ? 1 : 6
        rowSpacing: 0
        columnSpacing: 0

        Label {
            visible: bar.vertical
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.bottomMargin: 8
            text: qsTr("Patrolbook")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.primary
        }
        NavButton {
            objectName: "navToday"
            vertical: bar.vertical
            Layout.fillWidth: true
            text: Labels.nav("today")
            current: bar.currentIndex === 0
            onClicked: bar.selected(0)
        }
        NavButton {
            objectName: "navPatrol"
            vertical: bar.vertical
            Layout.fillWidth: true
            text: Labels.nav("patrol")
            current: bar.currentIndex === 1
            onClicked: bar.selected(1)
        }
        NavButton {
            objectName: "navVisits"
            vertical: bar.vertical
            Layout.fillWidth: true
            text: Labels.nav("visits")
            current: bar.currentIndex === 2
            onClicked: bar.selected(2)
        }
        NavButton {
            objectName: "navRecords"
            vertical: bar.vertical
            Layout.fillWidth: true
            text: Labels.nav("records")
            current: bar.currentIndex === 3
            onClicked: bar.selected(3)
        }
        NavButton {
            objectName: "navSync"
            vertical: bar.vertical
            Layout.fillWidth: true
            text: Labels.nav("sync")
            badge: bar.syncBadge
            current: bar.currentIndex === 4
            onClicked: bar.selected(4)
        }
        NavButton {
            objectName: "navSettings"
            vertical: bar.vertical
            Layout.fillWidth: true
            text: Labels.nav("settings")
            current: bar.currentIndex === 5
            onClicked: bar.selected(5)
        }
        Item {
            visible: bar.vertical
            Layout.fillHeight: true
        }
    }
}
