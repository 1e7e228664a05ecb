import QtQuick

// One thumbnail of a PhotoStrip.
Rectangle {
    id: thumb

    required property string modelData
    required property int index
    readonly property PhotoStrip strip: ListView.view as PhotoStrip

    objectName: "photo_" + index
    width: 88
    height: 88
    color: Theme.surface
    border.color: Theme.divider
    radius: 4

    Image {
        anchors.fill: parent
        anchors.margins: 2
        source: thumb.modelData
        sourceSize.width: 176
        sourceSize.height: 176
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        cache: false
    }

    TapHandler {
        onTapped: if (thumb.strip) thumb.strip.photoTapped(thumb.modelData)
    }
}
