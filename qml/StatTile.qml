import QtQuick
import QtQuick.Controls

// A figure on Today ("3 of 8", "2 open"), with what it counts; tapping goes to it.
AbstractButton {
    id: tile

    property string value
    property string label
    property string note
    property color valueColor: Theme.text

    implicitHeight: Math.max(96, column.implicitHeight + 24)
    implicitWidth: 160

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Theme.selected : Theme.surface
        border.color: Theme.divider
    }

    Column {
        id: column

        x: 12
        y: 12
        width: tile.width - 24
        spacing: 2

        Text {
            width: parent.width
            text: tile.value
            font.pixelSize: 30
            font.bold: true
            color: tile.valueColor
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: tile.label
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            visible: tile.note !== ""
            text: tile.note
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.fail
            wrapMode: Text.Wrap
        }
    }
}
