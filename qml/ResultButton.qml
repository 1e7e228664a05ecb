import QtQuick
import QtQuick.Controls

// One answer of a checklist line (pass, fail, N/A): large, filled in its colour when
// chosen, outlined otherwise.
Button {
    id: button

    property color tint: Theme.primary

    checkable: false
    topInset: 0
    bottomInset: 0
    implicitHeight: Theme.bigTouch + topInset + bottomInset
    font.pixelSize: Theme.fontBody + 1
    font.bold: true
    contentItem: Text {
        text: button.text
        font: button.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Long words (and long translations) shrink to fit rather than being cut.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 11
        color: button.checked ? "#FFFFFF" : button.enabled ? Theme.text : Theme.textSecondary
    }

    // Drawn here rather than by the style: solid fills read best in sunlight, and they
    // render the same with every scene graph backend (screenshots run offscreen).
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.bigTouch
        radius: Theme.radius
        color: !button.enabled && !button.checked ? Theme.surface
             : button.checked ? button.tint : button.down ? Theme.selected : Theme.idle
        // A keyboard's focus (Tab) shows as a thick outline: without it nobody sees where
        // the next key goes.
        border.width: button.visualFocus ? 3 : button.checked ? 0 : 1
        border.color: button.visualFocus ? Theme.primary : Theme.divider
    }
}
