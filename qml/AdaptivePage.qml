import QtQuick
import QtQuick.Controls

// A section that is a master list with a detail: side by side on a tablet (wide), one at
// a time on a phone, where the detail covers the list and its back button (or the
// system's back) returns to it. The controllers (forms, models) live in the page, so a
// change of layout keeps what is open. Children are the master; detailData the detail.
Page {
    id: page

    // Main binds this to its own `wide`; alone (a test), the window decides.
    property bool wide: Window.width >= Theme.wideBreak
    property bool detailOpen: false
    // Shown in the detail pane of a tablet while nothing is open.
    property string placeholderText
    default property alias masterData: masterBox.data
    property alias detailData: detailBox.data

    function showDetail(): void {
        detailOpen = true
    }

    function closeDetail(): void {
        detailOpen = false
    }

    // The system's back (Android) or Escape: true when it was used here.
    function back(): bool {
        if (!wide && detailOpen) {
            closeDetail()
            return true
        }
        return false
    }

    contentData: Item {
        id: body

        anchors.fill: parent

        Item {
            id: masterBox

            width: page.wide ? Theme.masterWidth : body.width
            height: body.height
            visible: page.wide || !page.detailOpen
        }

        Rectangle {
            visible: page.wide
            x: masterBox.width
            width: 1
            height: body.height
            color: Theme.divider
        }

        Label {
            visible: page.wide && !page.detailOpen
            x: masterBox.width + Theme.pad * 2
            width: body.width - x - Theme.pad * 2
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: page.placeholderText
            font.pixelSize: Theme.fontTitle
            color: Theme.textSecondary
        }

        Item {
            id: detailBox

            x: page.wide ? masterBox.width + 1 : 0
            width: body.width - x
            height: body.height
            visible: page.detailOpen
        }
    }
}
