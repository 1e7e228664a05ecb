import QtQuick
import QtQuick.Controls

// The detail side of an AdaptivePage: its own title bar, with a back button on a phone
// (where the detail covers the list). Children are its content.
Page {
    id: pane

    property string subtitle
    property bool backVisible: false

    signal back

    header: PageHeader {
        title: pane.title
        subtitle: pane.subtitle
        backVisible: pane.backVisible
        onBack: pane.back()
    }
}
