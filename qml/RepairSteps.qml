import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// A repair order's next steps for the signed-in user (RepairActions over RepairFlow):
// dispatch to a staff member, re-dispatch (转单) or refuse it back (退单) with the reason,
// accept, finish with after-photos, materials and the owner's signature, the owner's
// rating, the return visit, close. Only the steps the flow offers are shown; none, nothing.
ColumnLayout {
    id: steps

    property alias repairId: actions.repairId
    readonly property bool any: actions.steps.length > 0
    readonly property var ratings: words.options("rating")

    function has(action: string): bool {
        return actions.offered[action] === true
    }

    // A picked or captured after-photo.
    function addPhotoFile(file: url): bool {
        return actions.addAfterPhoto(file)
    }

    visible: any
    spacing: 8

    RepairActions {
        id: actions
    }
    StaffListModel {
        id: staffList
    }
    LoopIntake {
        id: words
    }
    PhotoPicker {
        id: picker

        objectName: "repairPhotoPicker"
        onPicked: (row, file) => steps.addPhotoFile(file)
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Next step")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textSecondary
    }
    Banner {
        objectName: "repairStepError"
        Layout.fillWidth: true
        kind: Banner.Error
        text: actions.errorString
    }

    // Dispatch, or 转单 to someone else.
    ComboBox {
        id: assignee

        objectName: "repairAssignee"
        Layout.fillWidth: true
        visible: steps.has("dispatch") || steps.has("redispatch")
        model: staffList
        textRole: "name"
        valueRole: "staffId"
    }
    TextField {
        id: reason

        objectName: "repairReason"
        Layout.fillWidth: true
        visible: steps.has("redispatch") || steps.has("refuse")
        placeholderText: qsTr("Reason (for a re-dispatch or a refusal)")
    }
    Button {
        objectName: "repairDispatch"
        Layout.fillWidth: true
        visible: steps.has("dispatch")
        highlighted: true
        text: actions.stepLabel("dispatch")
        onClicked: actions.dispatch(assignee.currentValue)
    }
    Button {
        objectName: "repairRedispatch"
        Layout.fillWidth: true
        visible: steps.has("redispatch")
        text: actions.stepLabel("redispatch")
        onClicked: if (actions.redispatch(assignee.currentValue, reason.text)) reason.clear()
    }
    Button {
        objectName: "repairAccept"
        Layout.fillWidth: true
        visible: steps.has("accept")
        highlighted: true
        text: actions.stepLabel("accept")
        onClicked: actions.accept()
    }
    Button {
        objectName: "repairRefuse"
        Layout.fillWidth: true
        visible: steps.has("refuse")
        flat: true
        text: actions.stepLabel("refuse")
        onClicked: if (actions.refuse(reason.text)) reason.clear()
    }

    // Finish: after-photos, the owner's signature, materials.
    ColumnLayout {
        Layout.fillWidth: true
        visible: steps.has("finish")
        spacing: 8

        Button {
            objectName: "repairAddAfterPhoto"
            Layout.fillWidth: true
            text: actions.afterPhotoCount > 0
                  ? qsTr("After-photos: %1 · add another").arg(actions.afterPhotoCount)
                  : qsTr("Add an after-photo")
            onClicked: picker.pick(0)
        }
        Label {
            Layout.fillWidth: true
            text: actions.hasSignature ? qsTr("The owner has signed.") : qsTr("The owner signs here:")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        SignaturePad {
            id: pad

            objectName: "repairSignaturePad"
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            visible: !actions.hasSignature
        }
        Button {
            objectName: "repairSaveSignature"
            Layout.fillWidth: true
            visible: !actions.hasSignature
            enabled: !pad.empty
            text: qsTr("Save the signature")
            onClicked: if (actions.setSignature(pad.dataUrl())) pad.clear()
        }
        TextField {
            id: materials

            objectName: "repairMaterials"
            Layout.fillWidth: true
            placeholderText: qsTr("Materials used")
        }
        Button {
            objectName: "repairFinish"
            Layout.fillWidth: true
            highlighted: true
            text: actions.stepLabel("finish")
            onClicked: if (actions.finish(materials.text)) materials.clear()
        }
    }

    // The owner's rating.
    ColumnLayout {
        Layout.fillWidth: true
        visible: steps.has("rate")
        spacing: 8

        TextField {
            id: ratingNote

            objectName: "repairRatingNote"
            Layout.fillWidth: true
            placeholderText: qsTr("What the owner said")
        }
        RowLayout {
            Layout.fillWidth: true

            Button {
                objectName: "repairRate_satisfied"
                Layout.fillWidth: true
                text: steps.ratings.length > 0 ? steps.ratings[0].label : ""
                onClicked: actions.rate("satisfied", ratingNote.text)
            }
            Button {
                objectName: "repairRate_average"
                Layout.fillWidth: true
                text: steps.ratings.length > 1 ? steps.ratings[1].label : ""
                onClicked: actions.rate("average", ratingNote.text)
            }
            Button {
                objectName: "repairRate_unsatisfied"
                Layout.fillWidth: true
                text: steps.ratings.length > 2 ? steps.ratings[2].label : ""
                onClicked: actions.rate("unsatisfied", ratingNote.text)
            }
        }
    }
    Button {
        objectName: "repairVisited"
        Layout.fillWidth: true
        visible: steps.has("visit")
        text: actions.stepLabel("visit")
        onClicked: actions.markVisited()
    }
    Button {
        objectName: "repairClose"
        Layout.fillWidth: true
        visible: steps.has("close")
        highlighted: true
        text: actions.stepLabel("close")
        onClicked: actions.close()
    }
}
