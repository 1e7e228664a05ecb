import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// 装修巡查 / 装修验收: the open renovation check. Saved as it is filled in; a failed line
// gets a date to rectify by; an acceptance ends with the owner's signature.
Item {
    id: view

    property RenovationForm form
    readonly property bool finished: form !== null && form.status === Values.RecordStatus.Finished
    readonly property bool acceptance: form !== null && form.kind === Values.RenovationKind.Acceptance

    signal finishedNow

    function addPhotoFile(row: int, file: url): bool {
        return form !== null && form.addPhoto(row, file)
    }

    function saveDetails(): void {
        form.setDetails(contractor.text, permit.text, note.text)
    }

    function saveSignature(): bool {
        if (pad.empty || !form.setSignature(pad.dataUrl()))
            return false
        pad.clear()
        signAgain.checked = false
        return true
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
        anchors.fill: parent

        Label {
            width: parent.width
            text: view.form ? qsTr("%1 \u00b7 %2 answered of %3").arg(Vocabulary.renovationKind(view.form.kind))
                              .arg(view.form.answered).arg(view.form.total) : ""
            font.bold: true
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Banner {
            objectName: "renovationError"
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
            text: view.finished ? qsTr("This check is finished. It goes to the office with the next sync.") : ""
        }

        Label {
            text: qsTr("Contractor")
            font.bold: true
        }
        AutoSaveField {
            id: contractor

            objectName: "renovationContractor"
            width: parent.width
            enabled: !view.finished
            savedText: view.form ? view.form.contractor : ""
            placeholderText: qsTr("Company or foreman")
            onSave: view.saveDetails()
        }
        Label {
            text: qsTr("Permit number")
            font.bold: true
        }
        AutoSaveField {
            id: permit

            objectName: "renovationPermit"
            width: parent.width
            enabled: !view.finished
            savedText: view.form ? view.form.permitNo : ""
            inputMethodHints: Qt.ImhNoPredictiveText
            onSave: view.saveDetails()
        }

        ChecklistView {
            objectName: "renovationChecklist"
            width: parent.width
            height: contentHeight
            mode: ChecklistView.Renovation
            readOnly: view.finished
            model: view.form ? view.form.items : null
            delegate: ChecklistItemDelegate {}
            onResultChosen: (row, result) => view.form.setResult(row, result)
            onNoteEdited: (row, note) => view.form.setItemNote(row, note)
            onPhotoRequested: (row) => picker.pick(row)
            onPhotoTapped: (source) => viewer.show(source)
            onRectifyByEdited: (row, date) => view.form.setRectifyBy(row, date)
        }

        Label {
            text: qsTr("Note")
            font.bold: true
        }
        AutoSaveArea {
            id: note

            objectName: "renovationNote"
            width: parent.width
            enabled: !view.finished
            savedText: view.form ? view.form.note : ""
            placeholderText: qsTr("For the office (optional)")
            onSave: view.saveDetails()
        }

        Label {
            visible: view.acceptance
            text: qsTr("Owner's signature")
            font.bold: true
            font.pixelSize: Theme.fontBody
        }
        Image {
            objectName: "savedSignature"
            visible: view.acceptance && view.form.hasSignature && !signAgain.checked
            width: parent.width
            height: 160
            fillMode: Image.PreserveAspectFit
            source: view.form && view.form.hasSignature ? view.form.signatureUrl : ""
            cache: false
        }
        Button {
            id: signAgain

            visible: view.acceptance && view.form.hasSignature && !view.finished
            checkable: true
            text: checked ? qsTr("Keep the saved signature") : qsTr("Sign again")
        }
        SignaturePad {
            id: pad

            objectName: "signaturePad"
            width: parent.width
            visible: view.acceptance && !view.finished && (!view.form.hasSignature || signAgain.checked)
        }
        RowLayout {
            width: parent.width
            visible: pad.visible
            spacing: Theme.gap

            Button {
                objectName: "clearSignature"
                text: qsTr("Clear")
                enabled: !pad.empty
                onClicked: pad.clear()
            }
            Button {
                objectName: "saveSignature"
                Layout.fillWidth: true
                highlighted: true
                enabled: !pad.empty
                text: qsTr("Save signature")
                onClicked: view.saveSignature()
            }
        }

        Button {
            objectName: "finishRenovation"
            width: parent.width
            visible: !view.finished
            highlighted: true
            implicitHeight: Theme.bigTouch + topInset + bottomInset
            font.pixelSize: Theme.fontTitle
            text: view.acceptance ? qsTr("Finish acceptance") : qsTr("Finish check")
            onClicked: {
                contractor.flush()
                permit.flush()
                note.flush()
                if (view.form.finish())
                    view.finishedNow()
            }
        }
        // 复查: the failures are looked at again in a check linked to this one, both ways.
        Button {
            objectName: "startRecheck"
            width: parent.width
            visible: view.finished && view.form.canRecheck && view.form.recheckedById === ""
            highlighted: true
            text: qsTr("Re-check the failures")
            onClicked: view.form.startRecheck()
        }
        Button {
            objectName: "openRecheck"
            width: parent.width
            visible: view.form !== null && view.form.recheckedById !== ""
            flat: true
            text: qsTr("Open its re-check")
            onClicked: view.form.open(view.form.recheckedById)
        }
        Button {
            objectName: "openRechecked"
            width: parent.width
            visible: view.form !== null && view.form.rechecksId !== ""
            flat: true
            text: qsTr("Re-check of an earlier check: open it")
            onClicked: view.form.open(view.form.rechecksId)
        }
    }
}
