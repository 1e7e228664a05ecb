import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// 回访: a return visit. The owner and the three-day limit on top, a warning inside the
// owner's rest hours, the channel, the purpose and its script, then the outcome (a note
// unless satisfied) and suggestions. Saved as it is filled in.
Item {
    id: view

    property VisitForm form
    readonly property bool closed: form !== null
                                   && (form.status === Values.VisitStatus.Done || form.status === Values.VisitStatus.Cancelled)
    readonly property bool noteRequired: form !== null && form.outcome !== Values.VisitOutcome.Unset
                                         && form.outcome !== Values.VisitOutcome.Satisfied

    signal finishedNow(string message)

    function flush(): void {
        note.flush()
        suggestions.flush()
    }

    function finish(): bool {
        flush()
        if (!form.finish())
            return false
        finishedNow(qsTr("Visit recorded. It goes to the office with the next sync."))
        return true
    }

    // A choice made by tapping `row`: an error banner above may go with it, and the row
    // stays under the finger rather than jump.
    function choose(row: Item, action: var): void {
        scroll.hold(row)
        action()
    }

    function markUnreachable(): bool {
        flush()
        if (!form.markUnreachable())
            return false
        finishedNow(qsTr("Noted that the owner could not be reached."))
        return true
    }

    // Each visit shows its own booking, never the one looked at before.
    Connections {
        function onLoaded(): void {
            planner.show(view.form.plannedDate, view.form.plannedTime)
        }

        target: view.form
    }

    FormScroll {
        id: scroll

        anchors.fill: parent

        RowLayout {
            width: parent.width
            spacing: Theme.gap

            Label {
                Layout.fillWidth: true
                text: view.form ? view.form.phone + (view.form.member ? "  \u00b7  " + qsTr("Member") : "") : ""
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "callOwner"
                visible: view.form !== null && view.form.phone !== "" && view.form.channel === Values.ContactChannel.Phone && !view.closed
                text: qsTr("Call")
                onClicked: Qt.openUrlExternally("tel:" + view.form.phone)
            }
        }

        Label {
            objectName: "visitStatus"
            width: parent.width
            text: view.form ? Vocabulary.visitStatus(view.form.status)
                              + (view.form.plannedAtText !== "" ? " \u00b7 " + view.form.plannedAtText : "")
                            : ""
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "visitDeadline"
            width: parent.width
            visible: view.form !== null && view.form.hasDeadline && !view.closed
            text: view.form ? qsTr("Three-day limit: %1 (by %2)").arg(Labels.timeLeft(view.form.minutesLeft))
                              .arg(view.form.dueAtText) : ""
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
            color: view.form && view.form.minutesLeft < 0 ? Theme.fail : Theme.text
        }

        Banner {
            objectName: "restHoursWarning"
            width: parent.width
            kind: Banner.Warning
            text: view.form && !view.closed ? view.form.restHoursWarning : ""
        }
        Banner {
            objectName: "visitError"
            width: parent.width
            kind: Banner.Error
            text: view.form ? view.form.errorString : ""
            dismissable: true
            onDismissed: view.form.clearError()
        }

        Label {
            text: qsTr("How")
            font.bold: true
        }
        ChannelPicker {
            id: channels

            width: parent.width
            enabled: !view.closed
            current: view.form ? view.form.channel : Values.ContactChannel.Unset
            onChosen: (channel) => view.choose(channels, () => view.form.setChannel(channel))
        }

        Label {
            text: qsTr("Why")
            font.bold: true
        }
        ComboBox {
            id: purpose

            objectName: "visitPurpose"
            width: parent.width
            enabled: !view.closed
            textRole: "text"
            valueRole: "value"
            model: Vocabulary.purposes()
            currentIndex: view.form && count > 0 ? indexOfValue(view.form.purpose) : -1
            displayText: currentIndex < 0 ? qsTr("Choose the purpose") : currentText
            onActivated: view.form.setPurpose(Number(currentValue))
        }

        VisitScript {
            width: parent.width
            visible: prompts.length > 0 && !view.closed
            prompts: view.form ? view.form.script : []
        }

        Label {
            text: qsTr("Outcome")
            font.bold: true
        }
        RowLayout {
            id: outcomes

            width: parent.width
            spacing: 6
            enabled: !view.closed

            ResultButton {
                objectName: "outcome_satisfied"
                Layout.fillWidth: true
                text: Vocabulary.outcome(Values.VisitOutcome.Satisfied)
                tint: Theme.pass
                checked: view.form !== null && view.form.outcome === Values.VisitOutcome.Satisfied
                onClicked: view.choose(outcomes, () => view.form.setOutcome(Values.VisitOutcome.Satisfied))
            }
            ResultButton {
                objectName: "outcome_average"
                Layout.fillWidth: true
                text: Vocabulary.outcome(Values.VisitOutcome.Average)
                tint: Theme.accent
                checked: view.form !== null && view.form.outcome === Values.VisitOutcome.Average
                onClicked: view.choose(outcomes, () => view.form.setOutcome(Values.VisitOutcome.Average))
            }
            ResultButton {
                objectName: "outcome_unsatisfied"
                Layout.fillWidth: true
                text: Vocabulary.outcome(Values.VisitOutcome.Unsatisfied)
                tint: Theme.fail
                checked: view.form !== null && view.form.outcome === Values.VisitOutcome.Unsatisfied
                onClicked: view.choose(outcomes, () => view.form.setOutcome(Values.VisitOutcome.Unsatisfied))
            }
        }
        Label {
            objectName: "outcomeMissing"
            width: parent.width
            visible: view.form !== null && view.form.errorField === "outcome"
            text: view.form ? view.form.errorString : ""
            font.bold: true
            color: Theme.fail
            wrapMode: Text.Wrap
        }

        Label {
            width: parent.width
            text: view.noteRequired ? qsTr("Note: what should improve (required unless the owner is satisfied)")
                                    : qsTr("Note (required unless the owner is satisfied)")
            font.bold: true
            wrapMode: Text.Wrap
            color: view.noteRequired && note.text.trim() === "" ? Theme.fail : Theme.text
        }
        AutoSaveArea {
            id: note

            objectName: "visitNote"
            width: parent.width
            enabled: !view.closed
            required: view.noteRequired
            savedText: view.form ? view.form.note : ""
            onSave: (text) => view.form.setNote(text)
        }
        Label {
            objectName: "noteMissing"
            width: parent.width
            visible: view.form !== null && view.form.errorField === "note"
            text: view.form ? view.form.errorString : ""
            font.bold: true
            color: Theme.fail
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Owner's suggestions")
            font.bold: true
        }
        AutoSaveArea {
            id: suggestions

            objectName: "visitSuggestions"
            width: parent.width
            enabled: !view.closed
            savedText: view.form ? view.form.suggestions : ""
            onSave: (text) => view.form.setSuggestions(text)
        }

        Button {
            objectName: "visitFinish"
            width: parent.width
            visible: !view.closed
            highlighted: true
            implicitHeight: Theme.bigTouch + topInset + bottomInset
            font.pixelSize: Theme.fontTitle
            text: qsTr("Visit done")
            onClicked: {
                if (view.finish())
                    return
                // To the field the refusal is about, rather than the top.
                if (view.form.errorField === "outcome")
                    scroll.reveal(outcomes)
                else if (view.form.errorField === "note")
                    scroll.reveal(note)
                else
                    scroll.contentY = 0
            }
        }
        Button {
            objectName: "visitUnreachable"
            width: parent.width
            visible: !view.closed
            text: qsTr("Could not reach the owner")
            onClicked: view.markUnreachable()
        }

        VisitPlanner {
            id: planner

            width: parent.width
            visible: !view.closed
            zoneSuffix: view.form ? view.form.zoneSuffix : ""
            today: view.form ? view.form.today : ""
            onPlanRequested: (date, time) => {
                if (!view.form.plan(date, time))
                    scroll.contentY = 0
            }
        }
    }
}
