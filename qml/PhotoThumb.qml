import QtQuick
import QtQuick.Controls
import Patrolbook

// One thumbnail of a PhotoStrip: the photo, from the device or fetched from the server
// (a spinner meanwhile), or why it cannot be shown now. Tapping it opens the viewer,
// which asks again.
Rectangle {
    id: thumb

    required property string modelData
    required property int index
    readonly property PhotoStrip strip: ListView.view as PhotoStrip
    // Image.Null, Loading, Ready or Error: what a test waits for.
    readonly property int status: picture.status

    objectName: "photo_" + index
    width: 88
    height: 88
    color: Theme.surface
    border.color: Theme.divider
    radius: 4

    Image {
        id: picture

        anchors.fill: parent
        anchors.margins: 2
        source: thumb.modelData
        sourceSize.width: 176
        sourceSize.height: 176
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        // A failure must not be remembered: the next view asks again.
        cache: false
    }

    BusyIndicator {
        anchors.centerIn: parent
        width: 40
        height: 40
        running: picture.status === Image.Loading
        visible: running
    }

    Label {
        objectName: "photoProblem"
        anchors.fill: parent
        anchors.margins: 4
        visible: picture.status === Image.Error
        text: visible ? PhotoCache.problem(thumb.modelData) : ""
        wrapMode: Text.Wrap
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: 11
        color: Theme.textSecondary
    }

    TapHandler {
        onTapped: if (thumb.strip) thumb.strip.photoTapped(thumb.modelData)
    }
}
