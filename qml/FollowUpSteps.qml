import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// A follow-up's next steps for the signed-in user (FollowUpActions): take it, give it
// back, mark it fixed with an after-photo and what was done; a manager closes it as
// verified or reopens it with the reason, seeing the before and after photos, or gives it
// to someone else. Only the steps the user may take are shown; none, nothing.
ColumnLayout {
    id: steps

    property alias followUpId: actions.followUpId
    readonly property bool any: actions.canTake || actions.canRelease || actions.canMarkFixed
                                || actions.canVerify || actions.canReopen || actions.canReassign

    // The after-photo from a file (the picker's, and tests').
    function addAfterPhotoFile(file: url): bool {
        return actions.addAfterPhoto(file)
    }

    visible: any
    spacing: 8

    FollowUpActions {
        id: actions
    }

    PhotoPicker {
        id: picker

        objectName: "afterPhotoPicker"
        onPicked: (row, file) => steps.addAfterPhotoFile(file)
        onFailed: (message) => photoError.text = message
    }

    PhotoViewer {
        id: viewer
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Next step")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textSecondary
    }
    Label {
        Layout.fillWidth: true
        visible: actions.beforePhotoUrls.length > 0
        text: qsTr("Before")
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }
    PhotoStrip {
        objectName: "beforePhotos"
        Layout.fillWidth: true
        Layout.preferredHeight: implicitHeight
        visible: actions.beforePhotoUrls.length > 0
        model: actions.beforePhotoUrls
        delegate: PhotoThumb {}
        onPhotoTapped: (source) => viewer.show(source)
    }
    Label {
        Layout.fillWidth: true
        visible: actions.afterPhotoCount > 0 || actions.canMarkFixed
        text: actions.afterPhotoCount > actions.afterPhotoUrls.length
              ? qsTr("After (%1 photo(s), some already sent)").arg(actions.afterPhotoCount)
              : qsTr("After")
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }
    PhotoStrip {
        objectName: "afterPhotos"
        Layout.fillWidth: true
        Layout.preferredHeight: implicitHeight
        visible: actions.afterPhotoUrls.length > 0
        model: actions.afterPhotoUrls
        delegate: PhotoThumb {}
        onPhotoTapped: (source) => viewer.show(source)
    }
    Button {
        objectName: "addAfterPhoto"
        Layout.fillWidth: true
        visible: actions.canMarkFixed
        icon.name: "camera-photo"
        text: actions.afterPhotoCount > 0 ? qsTr("Add another photo of the fix") : qsTr("Add a photo of the fix")
        onClicked: picker.pick(0)
    }
    Banner {
        id: photoError

        Layout.fillWidth: true
        kind: Banner.Error
    }
    TextField {
        id: note

        objectName: "followUpNote"
        Layout.fillWidth: true
        visible: actions.canMarkFixed || actions.canReopen
        placeholderText: actions.canReopen ? qsTr("Why it is not fixed") : qsTr("What was done")
        font.pixelSize: Theme.fontBody
    }
    Banner {
        objectName: "followUpError"
        Layout.fillWidth: true
        kind: Banner.Error
        text: actions.errorString
    }
    GridLayout {
        Layout.fillWidth: true
        columns: steps.width >= 480 ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: 0

        Button {
            objectName: "followUpTake"
            Layout.fillWidth: true
            visible: actions.canTake
            text: qsTr("I'm on it")
            onClicked: actions.take()
        }
        Button {
            objectName: "followUpFixed"
            Layout.fillWidth: true
            visible: actions.canMarkFixed
            highlighted: true
            text: qsTr("Fixed")
            onClicked: if (actions.markFixed(note.text)) note.clear()
        }
        Button {
            objectName: "followUpVerify"
            Layout.fillWidth: true
            visible: actions.canVerify
            highlighted: true
            text: qsTr("Checked: close it")
            onClicked: actions.verify()
        }
        Button {
            objectName: "followUpReopen"
            Layout.fillWidth: true
            visible: actions.canReopen
            text: qsTr("Not fixed: reopen")
            onClicked: if (actions.reopen(note.text)) note.clear()
        }
        Button {
            objectName: "followUpRelease"
            Layout.fillWidth: true
            visible: actions.canRelease
            flat: true
            text: qsTr("Give it back")
            onClicked: actions.release()
        }
    }
    FollowUpReassign {
        Layout.fillWidth: true
        visible: actions.canReassign
        assigneeId: actions.assigneeId
        onReassigned: (staffId, reason) => actions.reassign(staffId, reason)
    }
}
