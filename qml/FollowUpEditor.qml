import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// The follow-up of a failed patrol line: what is wrong, who fixes it, by when. Every
// change is reported with all three (the form saves them together).
ColumnLayout {
    id: editor

    property string description
    property string assigneeId
    property string dueDate
    property StaffListModel staff
    property bool readOnly: false

    signal edited(string description, string assigneeId, string dueDate)

    function report(): void {
        edited(what.text, who.currentIndex >= 0 ? String(who.currentValue) : editor.assigneeId,
               when.valid ? when.text : editor.dueDate)
    }

    spacing: 6

    Label {
        text: qsTr("Follow-up")
        font.bold: true
        font.pixelSize: Theme.fontBody
        color: Theme.fail
    }

    AutoSaveField {
        id: what

        objectName: "followUpDescription"
        Layout.fillWidth: true
        enabled: !editor.readOnly
        savedText: editor.description
        placeholderText: qsTr("What is wrong and what must be done")
        onSave: editor.report()
    }

    Label {
        text: qsTr("Who fixes it")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textSecondary
    }
    ComboBox {
        id: who

        objectName: "followUpAssignee"
        Layout.fillWidth: true
        enabled: !editor.readOnly
        model: editor.staff
        textRole: "name"
        valueRole: "staffId"
        currentIndex: editor.staff && editor.staff.count > 0 ? editor.staff.indexOf(editor.assigneeId) : -1
        displayText: currentIndex < 0 ? qsTr("Choose a person") : currentText
        onActivated: editor.report()

        // Who each person is: two 张伟 or a name alone say little to the one choosing.
        delegate: ItemDelegate {
            id: person

            required property int index
            required property string name
            required property int role

            objectName: "assignee_" + index
            width: person.parent ? person.parent.width : implicitWidth
            text: person.name + "  \u00b7  " + Vocabulary.role(person.role)
        }
    }

    DateField {
        id: when

        objectName: "followUpDueDate"
        Layout.fillWidth: true
        enabled: !editor.readOnly
        label: qsTr("Fix by")
        text: editor.dueDate
        quickDays: editor.readOnly ? [] : [1, 3, 7]
        onCommitted: editor.report()
    }
}
