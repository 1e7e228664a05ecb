import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// 日常巡视: the open area patrol. Every answer, note, photo and follow-up is saved as it is
// given; Finish checks every line is answered and sends the patrol with the next sync.
Item {
    id: view

    property PatrolForm form
    readonly property bool finished: form !== null && form.status === Values.RecordStatus.Finished

    signal finishedNow
    signal discarded

    // For tests and the photo button: adds a picture file to line `row`.
    function addPhotoFile(row: int, file: url): bool {
        return form !== null && form.addPhoto(row, file)
    }

    StaffListModel {
        id: staff
    }

    PhotoPicker {
        id: picker

        objectName: "photoPicker"
        onPicked: (row, file) => view.addPhotoFile(row, file)
        onFailed: (message) => {
            photoError.text = message
            scroll.contentY = 0
        }
    }

    PhotoViewer {
        id: viewer
    }

    FormScroll {
        id: scroll

        anchors.fill: parent

        RowLayout {
            width: parent.width
            spacing: Theme.gap

            Label {
                objectName: "patrolProgress"
                Layout.fillWidth: true
                text: view.form ? qsTr("%1 of %2 answered").arg(view.form.answered).arg(view.form.total) : ""
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Label {
                visible: view.form !== null && view.form.failed > 0
                text: view.form ? qsTr("%n failed", "", view.form.failed) : ""
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.fail
            }
        }
        ProgressBar {
            width: parent.width
            from: 0
            to: view.form ? Math.max(1, view.form.total) : 1
            value: view.form ? view.form.answered : 0
        }

        Banner {
            objectName: "patrolError"
            width: parent.width
            kind: Banner.Error
            text: view.form ? view.form.errorString : ""
            dismissable: true
            onDismissed: view.form.clearError()
        }
        Banner {
            id: photoError

            objectName: "photoError"
            width: parent.width
            kind: Banner.Error
            dismissable: true
            onDismissed: text = ""
        }
        Banner {
            width: parent.width
            kind: Banner.Ok
            text: view.finished ? qsTr("This patrol is finished. It goes to the office with the next sync.") : ""
        }

        PositionCard {
            width: parent.width
            readOnly: view.finished
            hasPosition: view.form ? view.form.hasPosition : false
            latitude: view.form ? view.form.latitude : 0
            longitude: view.form ? view.form.longitude : 0
            accuracy: view.form ? view.form.accuracy : -1
            warning: view.form ? view.form.positionWarning : ""
            onStampRequested: (latitude, longitude, accuracy) => {
                // The card grows with what was stamped: the lines below stay under the finger.
                scroll.hold(checklist)
                view.form.stampPosition(latitude, longitude, accuracy)
            }
        }

        ChecklistView {
            id: checklist

            objectName: "checklist"
            width: parent.width
            height: contentHeight
            mode: ChecklistView.Patrol
            staff: staff
            readOnly: view.finished
            markMissing: view.form !== null && view.form.firstMissingRow >= 0
            model: view.form ? view.form.items : null
            delegate: ChecklistItemDelegate {}
            onResultChosen: (row, result) => view.form.setResult(row, result)
            onNoteEdited: (row, note) => view.form.setItemNote(row, note)
            onPhotoRequested: (row) => picker.pick(row)
            onPhotoTapped: (source) => viewer.show(source)
            onFollowUpEdited: (row, description, assigneeId, dueDate) =>
                              view.form.setFollowUp(row, description, assigneeId, dueDate)
        }

        Label {
            text: qsTr("Note on the whole patrol")
            font.bold: true
        }
        AutoSaveArea {
            objectName: "patrolNote"
            width: parent.width
            enabled: !view.finished
            savedText: view.form ? view.form.note : ""
            placeholderText: qsTr("For the office (optional)")
            onSave: (text) => view.form.setNote(text)
        }

        Button {
            objectName: "finishPatrol"
            width: parent.width
            visible: !view.finished
            highlighted: true
            implicitHeight: Theme.bigTouch + topInset + bottomInset
            font.pixelSize: Theme.fontTitle
            text: qsTr("Finish patrol")
            onClicked: {
                if (view.form.finish()) {
                    view.finishedNow()
                } else if (view.form.firstMissingRow >= 0) {
                    // To the first line not answered, marked, rather than the top.
                    const line = checklist.itemAtIndex(view.form.firstMissingRow)
                    if (line)
                        scroll.reveal(line)
                } else {
                    scroll.contentY = 0
                }
            }
        }
        Button {
            objectName: "discardPatrol"
            width: parent.width
            visible: !view.finished
            flat: true
            text: qsTr("Discard this patrol")
            onClicked: confirmDiscard.open()
        }
    }

    Dialog {
        id: confirmDiscard

        objectName: "confirmDiscardPatrol"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 400, 460)
        modal: true
        title: qsTr("Discard this patrol?")
        // Our own words: Qt's standard buttons stay English ("NO / YES") in Chinese.
        footer: DialogButtonBox {
            Button {
                objectName: "keepPatrol"
                text: qsTr("Keep it")
                flat: true
                onClicked: confirmDiscard.reject()
            }
            Button {
                objectName: "confirmDiscard"
                text: qsTr("Discard")
                flat: true
                onClicked: confirmDiscard.accept()
            }
        }

        ColumnLayout {
            width: confirmDiscard.availableWidth

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Only for a patrol started by mistake: its answers, notes and photos are removed from this device.")
            }
        }

        onAccepted: {
            if (view.form.discardDraft())
                view.discarded()
        }
    }
}
