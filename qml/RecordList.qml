import QtQuick
import QtQuick.Controls

// "My records" (RecordListModel): built for 100,000 rows, so its delegates are plain
// items with a few texts, recycled as the list scrolls. Declare it with
// `delegate: RecordDelegate {}`.
ListView {
    property string currentRecordId

    signal opened(string kind, string recordId)

    clip: true
    reuseItems: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
        minimumSize: 0.05
    }
}
