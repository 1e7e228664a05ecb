import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// One line of a checklist: what to check, pass / fail / N/A, a note, photos, and for a
// failed line its follow-up (patrol) or rectify-by date (renovation). Everything the user
// gives goes out through the ChecklistView's signals; what is shown is what is saved.
Rectangle {
    id: line

    required property int index
    required property string code
    required property string categoryText
    required property string title
    required property string hint
    // A Values.ItemResult.
    required property int result
    required property string note
    required property var photoUrls
    required property int photoCount
    required property string followUpText
    required property string followUpAssigneeId
    required property string followUpAssigneeName
    required property string dueDate

    readonly property ChecklistView view: ListView.view as ChecklistView
    readonly property bool readOnly: view ? view.readOnly : false
    readonly property bool failed: result === Values.ItemResult.Fail
    readonly property bool missing: view !== null && view.markMissing && result === Values.ItemResult.Unset
    readonly property int localPhotos: photoUrls && photoUrls.length !== undefined ? photoUrls.length : 0

    objectName: "answer_" + code
    width: view ? view.width : 360
    implicitHeight: column.implicitHeight + 2 * Theme.pad
    radius: Theme.radius
    color: Theme.background
    border.width: failed || missing ? 3 : 1
    border.color: failed || missing ? Theme.fail : result === Values.ItemResult.Unset ? Theme.divider : Theme.resultColor(result)

    function choose(value: int): void {
        if (view && !readOnly && value !== result)
            view.resultChosen(index, value)
    }

    ColumnLayout {
        id: column

        x: Theme.pad
        y: Theme.pad
        width: line.width - 2 * Theme.pad
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: (line.index + 1) + " \u00b7 " + line.categoryText
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.textSecondary
        }
        Label {
            objectName: "notAnswered"
            Layout.fillWidth: true
            visible: line.missing
            text: qsTr("Not answered yet: choose pass, fail or N/A.")
            font.bold: true
            color: Theme.fail
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: line.title
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody + 1
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: line.hint !== ""
            text: line.hint
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            ResultButton {
                objectName: "resultPass"
                Layout.fillWidth: true
                text: Vocabulary.result(Values.ItemResult.Pass)
                tint: Theme.pass
                checked: line.result === Values.ItemResult.Pass
                enabled: !line.readOnly
                onClicked: line.choose(Values.ItemResult.Pass)
            }
            ResultButton {
                objectName: "resultFail"
                Layout.fillWidth: true
                text: Vocabulary.result(Values.ItemResult.Fail)
                tint: Theme.fail
                checked: line.failed
                enabled: !line.readOnly
                onClicked: line.choose(Values.ItemResult.Fail)
            }
            ResultButton {
                objectName: "resultNa"
                Layout.fillWidth: true
                text: Vocabulary.result(Values.ItemResult.NotApplicable)
                tint: Theme.na
                checked: line.result === Values.ItemResult.NotApplicable
                enabled: !line.readOnly
                onClicked: line.choose(Values.ItemResult.NotApplicable)
            }
        }

        AutoSaveField {
            objectName: "itemNote"
            Layout.fillWidth: true
            enabled: !line.readOnly
            savedText: line.note
            placeholderText: line.failed ? qsTr("What did you see?") : qsTr("Note (optional)")
            onSave: (text) => {
                if (line.view)
                    line.view.noteEdited(line.index, text)
            }
        }

        PhotoStrip {
            Layout.fillWidth: true
            visible: line.localPhotos > 0
            model: line.photoUrls
            delegate: PhotoThumb {}
            onPhotoTapped: (source) => {
                if (line.view)
                    line.view.photoTapped(source)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            Button {
                objectName: "addPhoto"
                visible: !line.readOnly
                text: qsTr("Add photo")
                onClicked: if (line.view) line.view.photoRequested(line.index)
            }
            Label {
                Layout.fillWidth: true
                visible: line.photoCount > 0
                text: line.photoCount > line.localPhotos
                      ? qsTr("%n photo(s), %1 already sent", "", line.photoCount).arg(line.photoCount - line.localPhotos)
                      : qsTr("%n photo(s)", "", line.photoCount)
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }

        FollowUpEditor {
            Layout.fillWidth: true
            visible: line.failed && line.view !== null && line.view.mode === ChecklistView.Patrol
            readOnly: line.readOnly
            staff: line.view ? line.view.staff : null
            description: line.followUpText
            assigneeId: line.followUpAssigneeId
            dueDate: line.dueDate
            onEdited: (description, assigneeId, dueDate) => {
                if (line.view)
                    line.view.followUpEdited(line.index, description, assigneeId, dueDate)
            }
        }

        DateField {
            objectName: "rectifyBy"
            Layout.fillWidth: true
            visible: line.failed && line.view !== null && line.view.mode === ChecklistView.Renovation
            enabled: !line.readOnly
            label: qsTr("Rectify by")
            text: line.dueDate
            quickDays: [3, 7, 14]
            onCommitted: (text) => {
                if (line.view)
                    line.view.rectifyByEdited(line.index, text)
            }
        }
    }
}
