import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// 报修 registered on the owner's behalf (LoopIntake): first the owner, then the channel,
// category, what is wrong, how urgent, and photos of it before the work. Registered, the
// order's page replaces this one, where it is dispatched.
Page {
    id: page

    property string ownerId
    property var photos: []

    signal registered(string recordId)

    function addPhotoFile(file: url): void {
        photos = photos.concat([file])
    }

    function register(): bool {
        const id = intake.registerRepair(ownerId, channel.currentValue, category.currentValue, description.text,
                                         urgency.currentValue, photos)
        if (id === "")
            return false
        registered(id)
        return true
    }

    objectName: "repairRegisterPage"
    title: qsTr("Register a repair")

    header: PageHeader {
        title: page.title
        subtitle: page.ownerId !== "" ? intake.ownerLabel(page.ownerId) : qsTr("Choose the owner")
        backVisible: true
        onBack: page.StackView.view.pop()
    }

    LoopIntake {
        id: intake
    }
    PhotoPicker {
        id: picker

        objectName: "repairBeforePhotoPicker"
        onPicked: (row, file) => page.addPhotoFile(file)
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
            objectName: "repairChangeOwner"
            flat: true
            text: qsTr("Another owner")
            onClicked: page.ownerId = ""
        }
        Label {
            text: qsTr("Channel")
            font.bold: true
        }
        ComboBox {
            id: channel

            objectName: "repairChannel"
            width: parent.width
            model: intake.options("channel")
            textRole: "label"
            valueRole: "value"
        }
        Label {
            text: qsTr("Category")
            font.bold: true
        }
        ComboBox {
            id: category

            objectName: "repairCategory"
            width: parent.width
            model: intake.options("category")
            textRole: "label"
            valueRole: "value"
        }
        Label {
            text: qsTr("Urgency")
            font.bold: true
        }
        ComboBox {
            id: urgency

            objectName: "repairUrgency"
            width: parent.width
            model: intake.options("urgency")
            textRole: "label"
            valueRole: "value"
        }
        TextArea {
            id: description

            objectName: "repairDescription"
            width: parent.width
            placeholderText: qsTr("What is wrong, where")
            wrapMode: TextEdit.Wrap
        }
        Button {
            objectName: "repairAddBeforePhoto"
            width: parent.width
            text: page.photos.length > 0 ? qsTr("Photos: %1 · add another").arg(page.photos.length)
                                         : qsTr("Add a photo")
            onClicked: picker.pick(0)
        }
        Banner {
            objectName: "repairRegisterError"
            width: parent.width
            kind: Banner.Error
            text: intake.errorString
        }
        Button {
            objectName: "repairRegister"
            width: parent.width
            highlighted: true
            text: qsTr("Register")
            onClicked: page.register()
        }
    }
}
