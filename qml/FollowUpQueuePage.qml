import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// A queue of follow-ups pushed from Today: "mine" (assigned to me, still to fix, overdue
// first and marked) or "verify" (a manager's: fixed, waiting to be checked), each with
// its steps at hand (FollowUpSteps: the after-photo, fixed, verify, reopen).
Page {
    id: page

    property alias queue: followUps.queue

    signal openRecord(string kind, string recordId)

    objectName: queue === "verify" ? "verifyQueuePage" : "myFollowUpsPage"
    title: queue === "verify" ? qsTr("To verify") : qsTr("My follow-ups")

    header: PageHeader {
        title: page.title
        subtitle: qsTr("%n follow-up(s)", "", followUps.count)
    }

    FollowUpQueueModel {
        id: followUps
    }

    FormScroll {
        anchors.fill: parent

        Label {
            width: parent.width
            visible: followUps.count === 0
            text: page.queue === "verify" ? qsTr("Nothing waits to be verified.")
                                          : qsTr("No follow-ups assigned to you. Well done.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Repeater {
            objectName: "followUpQueue"
            model: followUps

            Rectangle {
                id: card

                required property int index
                required property string followUpId
                required property string description
                required property string place
                required property string status
                required property string assignee
                required property string due
                required property bool overdue

                signal opened

                objectName: "queuedFollowUp_" + index
                width: parent ? parent.width : 0
                implicitHeight: column.implicitHeight + 2 * Theme.pad
                radius: Theme.radius
                color: Theme.surface
                border.width: card.overdue ? 2 : 1
                border.color: card.overdue ? Theme.fail : Theme.divider
                onOpened: () => page.openRecord("follow_up", card.followUpId)

                ColumnLayout {
                    id: column

                    x: Theme.pad
                    y: Theme.pad
                    width: parent.width - 2 * Theme.pad
                    spacing: 4

                    Label {
                        Layout.fillWidth: true
                        text: card.description
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                        TapHandler {
                            onTapped: card.opened()
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: card.place + (card.place !== "" ? "  \u00b7  " : "") + card.status
                              + (card.assignee !== "" ? "  \u00b7  " + card.assignee : "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "queuedDue"
                        Layout.fillWidth: true
                        visible: card.due !== ""
                        text: card.overdue ? qsTr("Overdue: due %1").arg(card.due) : qsTr("Due %1").arg(card.due)
                        font.pixelSize: Theme.fontSmall
                        font.bold: card.overdue
                        color: card.overdue ? Theme.fail : Theme.textSecondary
                    }
                    FollowUpSteps {
                        objectName: "queuedSteps"
                        Layout.fillWidth: true
                        followUpId: card.followUpId
                    }
                }
            }
        }
    }
}
