import QtQuick
import QtQuick.Controls

// A photo full screen; a tap anywhere closes it.
Popup {
    id: viewer

    property url source

    function show(photo: url): void {
        source = photo
        open()
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    padding: 0
    background: Rectangle {
        color: "#000000"
    }

    Image {
        anchors.fill: parent
        source: viewer.source
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        autoTransform: true
    }

    Button {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        text: qsTr("Close")
        onClicked: viewer.close()
    }

    TapHandler {
        onTapped: viewer.close()
    }
}
