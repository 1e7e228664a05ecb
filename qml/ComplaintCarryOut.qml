import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Step 5 of a complaint: carry out the approved solution, record any penalty, and the
// owner's confirmation — a signature drawn here, or consent given by word of mouth —
// and their feedback.
ColumnLayout {
    id: form

    required property ComplaintActions actions
    property var consents: []
    property string consent: "signature"

    spacing: 8

    RowLayout {
        Layout.fillWidth: true

        RadioButton {
            objectName: "complaintConsent_signature"
            text: form.consents.length > 0 ? form.consents[0].label : ""
            checked: form.consent === "signature"
            onClicked: form.consent = "signature"
        }
        RadioButton {
            objectName: "complaintConsent_verbal"
            text: form.consents.length > 1 ? form.consents[1].label : ""
            checked: form.consent === "verbal"
            onClicked: form.consent = "verbal"
        }
    }
    SignaturePad {
        id: pad

        objectName: "complaintSignaturePad"
        Layout.fillWidth: true
        Layout.preferredHeight: 160
        visible: form.consent === "signature" && !form.actions.hasSignature
    }
    Button {
        objectName: "complaintSaveSignature"
        Layout.fillWidth: true
        visible: pad.visible
        enabled: !pad.empty
        text: qsTr("Save the signature")
        onClicked: if (form.actions.setSignature(pad.dataUrl())) pad.clear()
    }
    Label {
        Layout.fillWidth: true
        visible: form.consent === "signature" && form.actions.hasSignature
        text: qsTr("The owner has signed.")
        color: Theme.textSecondary
    }
    TextField {
        id: penalty

        objectName: "complaintPenalty"
        Layout.fillWidth: true
        placeholderText: qsTr("Penalty for the responsible person or department (if any)")
    }
    TextField {
        id: feedback

        objectName: "complaintFeedback"
        Layout.fillWidth: true
        placeholderText: qsTr("The owner's feedback")
    }
    Button {
        objectName: "complaintCarryOut"
        Layout.fillWidth: true
        highlighted: true
        text: form.actions.stepLabel("carry_out")
        onClicked: form.actions.carryOut(form.consent, penalty.text, feedback.text)
    }
}
