import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Repair orders or complaints as a list to work from (LoopListModel): mine, waiting for
// dispatch or approval, overdue, all of the property. The front desk, specialists and
// managers register a new one from here.
Page {
    id: page

    property LoopPages pages
    property string entity: "repair_order"
    property string filter: "mine"
    readonly property bool desk: Session.role === Values.StaffRole.Office || Session.role === Values.StaffRole.Specialist
                                 || Session.role === Values.StaffRole.Manager
    readonly property var filters: ["mine", "approval", "overdue", "all"]

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
            onClicked: page.pages.register(page.StackView.view, page.entity)
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

            Repeater {
                model: page.filters

                TabButton {
                    required property string modelData

                    objectName: "loopFilter_" + modelData
                    text: page.filterLabel(modelData)
                    onClicked: page.filter = modelData
                }
            }
        }
        ListView {
            objectName: "loopList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: loops
            delegate: LoopDelegate {
                onTapped: (recordId) => page.pages.openRecord(page.StackView.view, page.entity, recordId)
            }

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
