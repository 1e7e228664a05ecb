import QtQuick
import QtQuick.Controls
import Patrolbook

// A photo full screen, from the device or fetched from the server (a spinner meanwhile,
// or why it cannot be shown now); a tap anywhere closes it.
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
        id: picture

        objectName: "viewerImage"
        anchors.fill: parent
        // Loaded only while shown: closing drops the full-size pixels, and each opening
        // asks again (a photo that could not be fetched before may come now).
        source: viewer.opened ? viewer.source : ""
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        autoTransform: true
        cache: false
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: picture.status === Image.Loading
        visible: running
    }

    Label {
        objectName: "viewerProblem"
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.gap
        visible: picture.status === Image.Error
        text: visible ? PhotoCache.problem(String(viewer.source)) : ""
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontBody
        color: "#ffffff"
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
