import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Today's loops (TodayLoops), by role: what is assigned to me, what waits for my
// approval (a manager), what is overdue, handovers to confirm; the front desk registers
// repairs and complaints. Each count opens its list. The repair and complaint lists
// exist once their screens do (`repairsReady`, `complaintsReady`): until then their
// tiles are not offered.
ColumnLayout {
    id: card

    property bool repairsReady: false
    property bool complaintsReady: false

    signal openMyFollowUps
    signal openVerifyQueue
    signal openOverdue
    signal openHandovers
    signal openRepairs(string filter)
    signal openComplaints(string filter)
    signal registerRepair
    signal registerComplaint

    spacing: Theme.gap

    TodayLoops {
        id: loops
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("My work")
        font.pixelSize: Theme.fontTitle
        font.bold: true
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width >= 600 ? 4 : 2
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap

        StatTile {
            objectName: "loopsMyFollowUps"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: loops.works
            value: String(loops.myFollowUps)
            label: qsTr("Follow-ups assigned to me")
            onClicked: card.openMyFollowUps()
        }
        StatTile {
            objectName: "loopsMyRepairs"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: loops.works && card.repairsReady
            value: String(loops.myRepairs)
            label: qsTr("Repairs assigned to me")
            onClicked: card.openRepairs("mine")
        }
        StatTile {
            objectName: "loopsMyComplaints"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: loops.registers && card.complaintsReady
            value: String(loops.myComplaints)
            label: qsTr("Complaints I handle")
            onClicked: card.openComplaints("mine")
        }
        StatTile {
            objectName: "loopsToVerify"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: loops.approves
            value: String(loops.followUpsToVerify)
            label: qsTr("Follow-ups to verify")
            valueColor: loops.followUpsToVerify > 0 ? Theme.accent : Theme.text
            onClicked: card.openVerifyQueue()
        }
        StatTile {
            objectName: "loopsToApprove"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: loops.approves && card.complaintsReady
            value: String(loops.complaintsToApprove)
            label: qsTr("Complaint solutions to approve")
            valueColor: loops.complaintsToApprove > 0 ? Theme.accent : Theme.text
            onClicked: card.openComplaints("approval")
        }
        StatTile {
            objectName: "loopsOverdue"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: loops.works
            value: String(loops.overdue)
            label: qsTr("Overdue")
            valueColor: loops.overdue > 0 ? Theme.fail : Theme.pass
            onClicked: card.openOverdue()
        }
        StatTile {
            objectName: "loopsHandovers"
            Layout.fillWidth: true
            Layout.fillHeight: true
            value: String(loops.handoversToConfirm)
            label: qsTr("Handovers to confirm")
            note: loops.handoversUnconfirmed > 0
                  ? qsTr("%n not taken over a shift later", "", loops.handoversUnconfirmed) : ""
            onClicked: card.openHandovers()
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: loops.registers && !loops.approves && (card.repairsReady || card.complaintsReady)
        spacing: Theme.gap

        Button {
            objectName: "registerRepair"
            Layout.fillWidth: true
            visible: card.repairsReady
            highlighted: true
            // Short: two side by side fit a 360 px phone in either language.
            text: qsTr("New repair")
            onClicked: card.registerRepair()
        }
        Button {
            objectName: "registerComplaint"
            Layout.fillWidth: true
            visible: card.complaintsReady
            highlighted: true
            text: qsTr("New complaint")
            onClicked: card.registerComplaint()
        }
    }
}
