import QtQuick

// A row of photo thumbnails (local files); tapping one shows it full size. Declare it
// with `delegate: PhotoThumb {}` (the thumbnail refers to this type, so this file cannot
// name it without a cycle).
ListView {
    signal photoTapped(url source)

    orientation: ListView.Horizontal
    spacing: 8
    implicitHeight: 88
    clip: true
    boundsBehavior: Flickable.StopAtBounds
}
