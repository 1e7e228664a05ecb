import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Repair orders or complaints as a list to work from (LoopListModel): mine, waiting for
// dispatch or approval, overdue, all of the property. The front desk, specialists and
// managers register a new one from here.
Page {
    id: page

    property string entity: "repair_order"
    property string filter: "mine"
    readonly property bool desk: Session.role === Values.StaffRole.Office || Session.role === Values.StaffRole.Specialist
                                 || Session.role === Values.StaffRole.Manager
    readonly property var filters: ["mine", "approval", "overdue", "all"]

    signal recordOpened(string entity, string recordId)
    signal registerAsked(string entity)

    function filterLabel(f: string): string {
        switch (f) {
        case "mine": return qsTr("Mine")
        case "approval": return entity === "complaint" ? qsTr("To approve") : qsTr("To dispatch")
        case "overdue": return qsTr("Overdue")
        }
        return qsTr("All")
    }

    objectName: entity === "complaint" ? "complaintList" : "repairList"
    title: entity === "complaint" ? qsTr("Complaints") : qsTr("Repairs")

    header: PageHeader {
        title: page.title
        backVisible: true
        onBack: page.StackView.view.pop()

        ToolButton {
            objectName: page.entity === "complaint" ? "registerComplaint" : "registerRepair"
            visible: page.desk
            text: page.entity === "complaint" ? qsTr("New complaint") : qsTr("New repair")
            onClicked: page.registerAsked(page.entity)
        }
    }

    LoopListModel {
        id: loops

        entity: page.entity
        filter: page.filter
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            Layout.fillWidth: true
            currentIndex: page.filters.indexOf(page.filter)

            TabButton {
                objectName: "loopFilter_mine"
                text: page.filterLabel("mine")
                onClicked: page.filter = "mine"
            }
            TabButton {
                objectName: "loopFilter_approval"
                text: page.filterLabel("approval")
                onClicked: page.filter = "approval"
            }
            TabButton {
                objectName: "loopFilter_overdue"
                text: page.filterLabel("overdue")
                onClicked: page.filter = "overdue"
            }
            TabButton {
                objectName: "loopFilter_all"
                text: page.filterLabel("all")
                onClicked: page.filter = "all"
            }
        }
        LoopList {
            objectName: "loopList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: loops
            delegate: LoopDelegate {}
            onOpened: (recordId) => page.recordOpened(page.entity, recordId)

            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.pad
                visible: loops.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Nothing here.")
                color: Theme.textSecondary
            }
        }
    }
}
