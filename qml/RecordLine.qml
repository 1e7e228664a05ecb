import QtQuick
import QtQuick.Controls
import Patrolbook

// One checklist line of a record shown in detail: title, result, note, photos.
Rectangle {
    id: line

    // {title, result (a Values.ItemResult), note, photos: [url...]}
    property var entry: ({})
    readonly property int result: entry.result !== undefined ? Number(entry.result) : Values.ItemResult.Unset
    readonly property var photos: entry.photos !== undefined ? entry.photos : []

    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.background
    border.width: result === Values.ItemResult.Fail ? 2 : 1
    border.color: result === Values.ItemResult.Fail ? Theme.fail : Theme.divider

    Column {
        id: column

        x: Theme.gap
        y: Theme.gap
        width: line.width - 2 * Theme.gap
        spacing: 4

        Label {
            width: parent.width
            text: line.entry.title !== undefined ? String(line.entry.title) : ""
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            text: Vocabulary.result(line.result)
            font.bold: true
            color: Theme.resultColor(line.result)
        }
        Label {
            width: parent.width
            visible: text !== ""
            text: line.entry.note !== undefined ? String(line.entry.note) : ""
            wrapMode: Text.Wrap
        }
        PhotoStrip {
            width: parent.width
            visible: line.photos.length > 0
            model: line.photos
            delegate: PhotoThumb {}
            onPhotoTapped: (source) => viewer.show(source)
        }
    }

    PhotoViewer {
        id: viewer
    }
}
