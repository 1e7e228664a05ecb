import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// 投诉 intake (step 1, LoopIntake): the owner, who complains (the owner unless said), the
// channel, what about, its class and severity. A major complaint or an emergency goes to
// the manager at once, and the page says so before it is taken in.
Page {
    id: page

    property string ownerId
    readonly property bool escalates: intake.escalates(severity.currentValue ?? "normal")

    signal registered(string recordId)

    function register(): bool {
        const id = intake.registerComplaint(ownerId, complainant.text, channel.currentValue, content.text,
                                            complaintClass.currentValue, severity.currentValue)
        if (id === "")
            return false
        registered(id)
        return true
    }

    objectName: "complaintRegisterPage"
    title: qsTr("Take a complaint")

    header: PageHeader {
        title: page.title
        subtitle: page.ownerId !== "" ? intake.ownerLabel(page.ownerId) : qsTr("Choose the owner")
        backVisible: true
        onBack: page.StackView.view.pop()
    }

    LoopIntake {
        id: intake
    }

    OwnerPicker {
        anchors.fill: parent
        visible: page.ownerId === ""
        onPicked: (ownerId) => page.ownerId = ownerId
    }

    FormScroll {
        anchors.fill: parent
        visible: page.ownerId !== ""

        Button {
            objectName: "complaintChangeOwner"
            flat: true
            text: qsTr("Another owner")
            onClicked: page.ownerId = ""
        }
        TextField {
            id: complainant

            objectName: "complaintComplainant"
            width: parent.width
            placeholderText: qsTr("Complainant (the owner if empty)")
        }
        Label {
            text: qsTr("Channel")
            font.bold: true
        }
        ComboBox {
            id: channel

            objectName: "complaintChannel"
            width: parent.width
            model: intake.options("channel")
            textRole: "label"
            valueRole: "value"
        }
        Label {
            text: qsTr("Class")
            font.bold: true
        }
        ComboBox {
            id: complaintClass

            objectName: "complaintClass"
            width: parent.width
            model: intake.options("class")
            textRole: "label"
            valueRole: "value"
        }
        Label {
            text: qsTr("Severity")
            font.bold: true
        }
        ComboBox {
            id: severity

            objectName: "complaintSeverity"
            width: parent.width
            model: intake.options("severity")
            textRole: "label"
            valueRole: "value"
        }
        Banner {
            objectName: "complaintEscalates"
            width: parent.width
            kind: Banner.Warning
            text: page.escalates ? qsTr("Escalated: the manager is told at once.") : ""
        }
        TextArea {
            id: content

            objectName: "complaintContent"
            width: parent.width
            placeholderText: qsTr("What the complaint is about")
            wrapMode: TextEdit.Wrap
        }
        Banner {
            objectName: "complaintRegisterError"
            width: parent.width
            kind: Banner.Error
            text: intake.errorString
        }
        Button {
            objectName: "complaintRegister"
            width: parent.width
            highlighted: true
            text: qsTr("Take it in")
            onClicked: page.register()
        }
    }
}
