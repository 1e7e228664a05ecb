import QtQuick
import QtQuick.Controls

// The scrolling column of a form. Children are laid out top to bottom at the width of
// the view (at most 760 px, centred, so a tablet's lines stay readable).
Flickable {
    id: scroll

    default property alias content: column.data
    property alias spacing: column.spacing

    // The item kept in place on screen, and where (see hold()).
    property Item held: null
    property real heldY: 0

    // Keeps `item` (a child of the column) where it is on screen while what is above it
    // changes height, for a moment after a tap: a stamped position's card grows, an error
    // banner goes, and the next tap must still land on what the user aims at.
    function hold(item: Item): void {
        held = item
        heldY = item.mapToItem(scroll, 0, 0).y
        release.restart()
    }

    function restoreHeld(): void {
        if (!held)
            return
        const moved = held.mapToItem(scroll, 0, 0).y - heldY
        if (moved !== 0)
            contentY = Math.max(0, Math.min(contentHeight - height, contentY + moved))
    }

    // Scrolls so that `item` (inside the column) is in view; one that is not is brought
    // near the top, so that what explains it (a message below it) shows too.
    function reveal(item: Item): void {
        const p = item.mapToItem(column, 0, 0)
        if (p.y < contentY || p.y + item.height + 3 * Theme.touch > contentY + height)
            contentY = Math.max(0, Math.min(contentHeight - height, p.y - 2 * Theme.pad))
    }

    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.pad
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}

    // A field reached by the keyboard (Tab) is scrolled into view, as a tapped one is.
    Connections {
        function onActiveFocusItemChanged(): void {
            const item = scroll.Window.activeFocusItem
            if (!item)
                return
            // Only for the keyboard: a tapped control must stay under the finger.
            const control = item as Control
            const field = item as TextField
            const area = item as TextArea
            const reason = control ? control.focusReason : field ? field.focusReason
                         : area ? area.focusReason : Qt.OtherFocusReason
            if (reason !== Qt.TabFocusReason && reason !== Qt.BacktabFocusReason)
                return
            for (let p = item; p; p = p.parent)
                if (p === column) {
                    scroll.reveal(item)
                    return
                }
        }

        target: scroll.Window.window
    }

    Timer {
        id: release

        interval: 800
        onTriggered: scroll.held = null
    }

    Connections {
        function onYChanged(): void {
            scroll.restoreHeld()
        }

        target: scroll.held
    }

    Column {
        id: column

        x: Math.max(Theme.pad, (scroll.width - width) / 2)
        y: Theme.pad
        width: Math.min(scroll.width - 2 * Theme.pad, 760)
        spacing: Theme.gap
    }
}
