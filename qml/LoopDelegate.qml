import QtQuick
import Patrolbook

// One repair order or complaint in a loop list: what and where, its status, how urgent,
// how long the owner has waited, and whether it is overdue.
Item {
    id: row

    required property int index
    required property string recordId
    required property string title
    required property string description
    required property string status
    required property string urgency
    required property bool urgent
    required property string waiting
    required property bool overdue

    readonly property LoopList list: ListView.view as LoopList

    objectName: "loop_" + index
    width: list ? list.width : 360
    height: 76

    Rectangle {
        anchors.fill: parent
        color: tap.pressed ? Theme.surface : Theme.background
    }
    Text {
        x: Theme.pad
        y: 10
        width: row.width - 2 * Theme.pad - waitText.width - 8
        text: row.title
        font.pixelSize: Theme.fontBody + 1
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
    }
    Text {
        id: waitText

        anchors.right: parent.right
        anchors.rightMargin: Theme.pad
        y: 12
        text: row.overdue ? qsTr("Overdue · %1").arg(row.waiting) : row.waiting
        font.pixelSize: Theme.fontSmall
        font.bold: row.overdue
        color: row.overdue ? Theme.errorText : Theme.textSecondary
    }
    Text {
        x: Theme.pad
        y: 42
        width: row.width - 2 * Theme.pad
        text: row.status + (row.urgency !== "" ? " \u00b7 " + row.urgency : "") + " \u00b7 " + row.description
        font.pixelSize: Theme.fontSmall
        font.bold: row.urgent
        color: row.urgent ? Theme.warningText : Theme.textSecondary
        elide: Text.ElideRight
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
    TapHandler {
        id: tap

        onTapped: if (row.list) row.list.opened(row.recordId)
    }
}
