import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Giving a follow-up to another staff member (the desk, a manager): who, and why.
ColumnLayout {
    id: reassign

    property string assigneeId

    signal reassigned(string staffId, string reason)

    spacing: 6

    StaffListModel {
        id: staff
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Give it to someone else")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textSecondary
    }
    ComboBox {
        id: who

        objectName: "reassignTo"
        Layout.fillWidth: true
        model: staff
        textRole: "name"
        valueRole: "staffId"
        currentIndex: -1
        displayText: currentIndex < 0 ? qsTr("Choose a person") : currentText

        delegate: ItemDelegate {
            id: person

            required property int index
            required property string name
            required property int role

            objectName: "reassign_" + index
            width: person.parent ? person.parent.width : implicitWidth
            text: person.name + "  \u00b7  " + Vocabulary.role(person.role)
        }
    }
    TextField {
        id: why

        objectName: "reassignReason"
        Layout.fillWidth: true
        placeholderText: qsTr("Why (optional)")
        font.pixelSize: Theme.fontBody
    }
    Button {
        objectName: "reassignButton"
        Layout.fillWidth: true
        enabled: who.currentIndex >= 0 && String(who.currentValue) !== reassign.assigneeId
        text: qsTr("Give it to them")
        onClicked: {
            reassign.reassigned(String(who.currentValue), why.text)
            why.clear()
        }
    }
}
