import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// A complaint's next steps for the signed-in user (ComplaintActions over ComplaintFlow):
// judge it valid, or explain and close it; investigate (cause, department, responsible
// person, photos); propose a solution; the manager approves or sends it back; carry it
// out with the owner's confirmation (signature or verbal consent), any penalty and the
// feedback; the return visit; the manager's evaluation and improvement close it.
ColumnLayout {
    id: steps

    property alias complaintId: flow.complaintId
    readonly property bool any: flow.steps.length > 0

    function has(action: string): bool {
        return flow.offered[action] === true
    }

    // A picked or captured photo of the investigation.
    function addPhotoFile(file: url): bool {
        return flow.addPhoto(file)
    }

    visible: any
    spacing: 8

    ComplaintActions {
        id: flow
    }
    LoopIntake {
        id: words
    }
    PhotoPicker {
        id: picker

        objectName: "complaintPhotoPicker"
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
        objectName: "complaintStepError"
        Layout.fillWidth: true
        kind: Banner.Error
        text: flow.errorString
    }
    // A reason: an explanation that closes it, or the manager's sending back.
    TextField {
        id: note

        objectName: "complaintNote"
        Layout.fillWidth: true
        visible: steps.has("explain") || steps.has("send_back")
        placeholderText: steps.has("send_back") ? qsTr("Why it goes back") : qsTr("The explanation given to the owner")
    }
    RowLayout {
        Layout.fillWidth: true
        visible: steps.has("accept") || steps.has("explain")

        Button {
            objectName: "complaintValid"
            Layout.fillWidth: true
            highlighted: true
            text: flow.stepLabel("accept")
            onClicked: flow.judgeValid()
        }
        Button {
            objectName: "complaintExplain"
            Layout.fillWidth: true
            text: flow.stepLabel("explain")
            onClicked: if (flow.explain(note.text)) note.clear()
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: steps.has("investigate")
        spacing: 8

        TextField {
            id: cause

            objectName: "complaintCause"
            Layout.fillWidth: true
            placeholderText: qsTr("Cause")
        }
        ComboBox {
            id: department

            objectName: "complaintDepartment"
            Layout.fillWidth: true
            model: words.options("department")
            textRole: "label"
            valueRole: "value"
        }
        TextField {
            id: person

            objectName: "complaintPerson"
            Layout.fillWidth: true
            placeholderText: qsTr("Responsible person")
        }
        Button {
            objectName: "complaintAddPhoto"
            Layout.fillWidth: true
            text: flow.photoCount > 0 ? qsTr("Photos: %1 · add another").arg(flow.photoCount)
                                         : qsTr("Add a photo")
            onClicked: picker.pick(0)
        }
        Button {
            objectName: "complaintInvestigate"
            Layout.fillWidth: true
            highlighted: true
            text: flow.stepLabel("investigate")
            onClicked: flow.investigate(cause.text, department.currentValue, person.text)
        }
    }

    TextArea {
        id: solution

        objectName: "complaintSolution"
        Layout.fillWidth: true
        visible: steps.has("propose")
        placeholderText: qsTr("The solution proposed")
        wrapMode: TextEdit.Wrap
    }
    Button {
        objectName: "complaintPropose"
        Layout.fillWidth: true
        visible: steps.has("propose")
        highlighted: true
        text: flow.stepLabel("propose")
        onClicked: flow.propose(solution.text)
    }
    RowLayout {
        Layout.fillWidth: true
        visible: steps.has("approve")

        Button {
            objectName: "complaintApprove"
            Layout.fillWidth: true
            highlighted: true
            text: flow.stepLabel("approve")
            onClicked: flow.approve()
        }
        Button {
            objectName: "complaintSendBack"
            Layout.fillWidth: true
            text: flow.stepLabel("send_back")
            onClicked: if (flow.sendBack(note.text)) note.clear()
        }
    }

    ComplaintCarryOut {
        Layout.fillWidth: true
        visible: steps.has("carry_out")
        actions: flow
        consents: words.options("consent")
    }

    Button {
        objectName: "complaintVisited"
        Layout.fillWidth: true
        visible: steps.has("visit")
        text: flow.stepLabel("visit")
        onClicked: flow.markVisited()
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: steps.has("close")
        spacing: 8

        TextArea {
            id: evaluation

            objectName: "complaintEvaluation"
            Layout.fillWidth: true
            placeholderText: qsTr("The manager's evaluation")
            wrapMode: TextEdit.Wrap
        }
        TextArea {
            id: improvement

            objectName: "complaintImprovement"
            Layout.fillWidth: true
            placeholderText: qsTr("Improvement measures")
            wrapMode: TextEdit.Wrap
        }
        Button {
            objectName: "complaintClose"
            Layout.fillWidth: true
            highlighted: true
            text: flow.stepLabel("close")
            onClicked: flow.close(evaluation.text, improvement.text)
        }
    }
}
