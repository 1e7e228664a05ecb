import QtQuick
import QtQuick.Controls

// The visit script for the purpose, as numbered prompts (greet and confirm who you speak
// to, thank them for the service, ask if they are satisfied, ...).
Rectangle {
    id: box

    property var prompts: []

    implicitHeight: column.implicitHeight + 2 * Theme.pad
    radius: Theme.radius
    color: Theme.infoBack
    border.color: Theme.infoEdge

    Column {
        id: column

        x: Theme.pad
        y: Theme.pad
        width: box.width - 2 * Theme.pad
        spacing: 6

        Label {
            text: qsTr("What to say")
            font.bold: true
            color: Theme.infoText
        }
        Repeater {
            model: box.prompts

            Label {
                required property int index
                required property string modelData

                width: parent ? parent.width : 0
                text: (index + 1) + ". " + modelData
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.infoText
            }
        }
    }
}
