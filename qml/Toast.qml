import QtQuick
import QtQuick.Controls

// A short confirmation near the bottom of the window ("Patrol saved"), gone by itself.
Popup {
    id: toast

    property string text

    function show(message: string): void {
        text = message
        open()
        timer.restart()
    }

    parent: Overlay.overlay
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? parent.height - height - 96 : 0
    width: parent ? Math.min(parent.width - 32, 480) : 320
    closePolicy: Popup.CloseOnPressOutside
    padding: Theme.pad

    background: Rectangle {
        color: "#202124"
        radius: Theme.radius
    }
    contentItem: Label {
        text: toast.text
        color: "#FFFFFF"
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
    }

    Timer {
        id: timer

        interval: 3500
        onTriggered: toast.close()
    }
}
