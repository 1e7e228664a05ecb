import QtQuick
import QtQuick.Controls

// The scrolling column of a form. Children are laid out top to bottom at the width of
// the view (at most 760 px, centred, so a tablet's lines stay readable).
Flickable {
    id: scroll

    default property alias content: column.data
    property alias spacing: column.spacing

    // Scrolls so that `item` (inside the column) is in view.
    function reveal(item: Item): void {
        const p = item.mapToItem(column, 0, 0)
        if (p.y < contentY)
            contentY = Math.max(0, p.y - Theme.pad)
        else if (p.y + item.height > contentY + height)
            contentY = Math.min(contentHeight - height, p.y + item.height - height + Theme.pad)
    }

    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.pad
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}

    Column {
        id: column

        x: Math.max(Theme.pad, (scroll.width - width) / 2)
        y: Theme.pad
        width: Math.min(scroll.width - 2 * Theme.pad, 760)
        spacing: Theme.gap
    }
}
