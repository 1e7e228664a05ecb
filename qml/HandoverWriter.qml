import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Writing the user's handover: the post, the shift, what happened, and the open items
// to carry over, ticked from the property's open follow-ups, repair orders and
// complaints (HandoverForm.openItems).
ColumnLayout {
    id: writer

    property HandoverForm form
    property var picked: []

    function toggle(key: string, on: bool): void {
        const rest = picked.filter((k) => k !== key)
        picked = on ? rest.concat([key]) : rest
    }

    spacing: 6

    Label {
        Layout.fillWidth: true
        text: qsTr("Hand over my shift")
        font.pixelSize: Theme.fontTitle
        font.bold: true
    }
    TextField {
        id: post

        objectName: "handoverPost"
        Layout.fillWidth: true
        placeholderText: qsTr("Post (front desk, gate, control room ...)")
        font.pixelSize: Theme.fontBody
    }
    ComboBox {
        id: shift

        objectName: "handoverShift"
        Layout.fillWidth: true
        model: writer.form ? writer.form.shiftLabels : []
    }
    TextArea {
        id: summary

        objectName: "handoverSummary"
        Layout.fillWidth: true
        Layout.minimumHeight: 96
        placeholderText: qsTr("What happened on this shift")
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBody
    }
    Label {
        Layout.fillWidth: true
        visible: writer.form !== null && writer.form.openItems.length > 0
        text: qsTr("Carry over")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textSecondary
    }
    Repeater {
        id: openItems

        model: writer.form ? writer.form.openItems : []

        CheckBox {
            id: openItem

            required property var modelData
            required property int index

            objectName: "openItem_" + openItem.index
            Layout.fillWidth: true
            text: String(openItem.modelData.kind) + ": " + String(openItem.modelData.text)
            onToggled: () => writer.toggle(String(openItem.modelData.key), openItem.checked)
        }
    }
    Button {
        objectName: "handOver"
        Layout.fillWidth: true
        highlighted: true
        text: qsTr("Hand over")
        onClicked: {
            if (writer.form.hand(post.text, shift.currentIndex, summary.text, writer.picked, "") !== "") {
                summary.clear()
                writer.picked = []
                for (let i = 0; i < openItems.count; ++i)
                    (openItems.itemAt(i) as CheckBox).checked = false
                done.text = qsTr("Handed over. The next person confirms it.")
            }
        }
    }
    Banner {
        id: done

        objectName: "handoverDone"
        Layout.fillWidth: true
        kind: Banner.Ok
    }
}
