import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Today: the office's reviews asking for a correction, the unfinished patrol to go on
// with, the loops waiting on the user (LoopsCard: its own queues are pushed here), areas
// patrolled so far of those due, owner
// visits due (with the time left before the three-day limit), open follow-ups, and what
// waits to be sent. Each figure leads to its section (signals, Main switches).
Page {
    id: page

    property bool wide: Window.width >= Theme.wideBreak
    property bool allNotices: false

    signal continuePatrol(string inspectionId)
    signal openPatrol
    signal openVisit(string visitId)
    signal openVisits
    signal openFollowUps
    signal openSync
    signal openRecord(string kind, string recordId)
    // The repair-order and complaint screens (Main's, once they exist).
    property bool repairsReady: false
    property bool complaintsReady: false
    signal openRepairs(string filter)
    signal openComplaints(string filter)
    signal registerRepair
    signal registerComplaint

    function pushQueue(queue: string): void {
        const pushed = page.StackView.view.push(queuePage, {queue: queue}) as FollowUpQueuePage
        pushed.openRecord.connect(page.openRecord)
    }
    function openHandovers(): void {
        page.StackView.view.push(handoverPage)
    }

    objectName: "todayPage"
    title: Labels.nav("today")

    header: PageHeader {
        title: page.title
        subtitle: summary.dateText + (Session.userName !== "" ? "  \u00b7  " + Session.userName : "")
    }

    TodaySummary {
        id: summary
    }

    Component {
        id: queuePage

        FollowUpQueuePage {}
    }

    Component {
        id: handoverPage

        HandoverPage {}
    }

    NoticeListModel {
        id: notices

        // The newest three; the rest on request, so that the day's figures stay within
        // reach.
        limit: page.allNotices ? 0 : 3
    }

    Timer {
        // The time left before each visit's limit moves on.
        interval: 60000
        repeat: true
        running: page.visible
        onTriggered: summary.reload()
    }

    FormScroll {
        anchors.fill: parent

        Rectangle {
            objectName: "continuePatrolCard"
            width: parent.width
            visible: summary.draftInspectionId !== ""
            implicitHeight: continueColumn.implicitHeight + 2 * Theme.pad
            radius: Theme.radius
            color: Theme.warningBack
            border.width: 2
            border.color: Theme.warningEdge

            ColumnLayout {
                id: continueColumn

                x: Theme.pad
                y: Theme.pad
                width: parent.width - 2 * Theme.pad
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: summary.draftFromThisDevice
                          ? qsTr("A patrol is not finished yet. Everything you entered is kept.")
                          : qsTr("You have a patrol not finished yet, started on another device.")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.warningText
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "continuePatrolWhat"
                    Layout.fillWidth: true
                    text: summary.draftTitle
                    font.pixelSize: Theme.fontBody
                    color: Theme.warningText
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "continuePatrol"
                    Layout.fillWidth: true
                    highlighted: true
                    text: qsTr("Continue the patrol")
                    onClicked: page.continuePatrol(summary.draftInspectionId)
                }
            }
        }

        Label {
            width: parent.width
            visible: notices.total > 0
            text: qsTr("Returned by the office (%1)").arg(notices.total)
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Banner {
            width: parent.width
            kind: Banner.Error
            text: notices.errorString
        }
        Repeater {
            objectName: "todayNotices"
            model: notices

            NoticeCard {
                width: parent ? parent.width : 0
                onOpened: (kind, recordId) => page.openRecord(kind, recordId)
                onCorrected: (noticeId, reply) => notices.markCorrected(noticeId, reply)
            }
        }
        Button {
            objectName: "todayAllNotices"
            width: parent.width
            visible: notices.total > 3
            flat: true
            text: page.allNotices ? qsTr("Show the newest three") : qsTr("Show all %1").arg(notices.total)
            onClicked: page.allNotices = !page.allNotices
        }

        LoopsCard {
            objectName: "loopsCard"
            width: parent.width
            repairsReady: page.repairsReady
            complaintsReady: page.complaintsReady
            onOpenMyFollowUps: page.pushQueue("mine")
            onOpenVerifyQueue: page.pushQueue("verify")
            onOpenOverdue: page.pushQueue("mine")
            onOpenHandovers: page.openHandovers()
            onOpenRepairs: (filter) => page.openRepairs(filter)
            onOpenComplaints: (filter) => page.openComplaints(filter)
            onRegisterRepair: page.registerRepair()
            onRegisterComplaint: page.registerComplaint()
        }

        GridLayout {
            width: parent.width
            columns: width >= 600 ? 4 : 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap

            StatTile {
                objectName: "todayAreas"
                Layout.fillWidth: true
                Layout.fillHeight: true
                value: qsTr("%1 of %2").arg(summary.areasDone).arg(summary.areasDue)
                label: qsTr("Areas patrolled")
                valueColor: summary.areasDue > 0 && summary.areasDone >= summary.areasDue ? Theme.pass : Theme.text
                onClicked: page.openPatrol()
            }
            StatTile {
                objectName: "todayVisits"
                Layout.fillWidth: true
                Layout.fillHeight: true
                value: String(summary.visitsDue.count)
                label: qsTr("Visits due")
                onClicked: page.openVisits()
            }
            StatTile {
                objectName: "todayFollowUps"
                Layout.fillWidth: true
                Layout.fillHeight: true
                value: String(summary.openFollowUps)
                label: qsTr("Open follow-ups")
                note: summary.overdueFollowUps > 0 ? qsTr("%n overdue", "", summary.overdueFollowUps) : ""
                onClicked: page.openFollowUps()
            }
            StatTile {
                objectName: "todayPending"
                Layout.fillWidth: true
                Layout.fillHeight: true
                value: String(SyncStatus.pendingCount)
                label: qsTr("Waiting to sync")
                valueColor: SyncStatus.pendingCount > 0 ? Theme.accent : Theme.pass
                onClicked: page.openSync()
            }
        }

        Label {
            width: parent.width
            text: qsTr("Owner visits due")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            width: parent.width
            visible: summary.visitsDue.count === 0
            text: qsTr("No visits due. Well done.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
        }
        VisitDueList {
            objectName: "todayVisitList"
            width: parent.width
            height: contentHeight
            interactive: false
            model: summary.visitsDue
            delegate: VisitDueDelegate {}
            onOpened: (visitId) => page.openVisit(visitId)
        }
    }
}
