import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A message across the page: a warning (rest hours, a poor position), an error from a
// controller, or information. Hidden while its text is empty.
Rectangle {
    id: banner

    enum Kind { Warning, Error, Info, Ok }

    property int kind: Banner.Warning
    property string text
    // Shows a close button that emits dismissed().
    property bool dismissable: false

    signal dismissed

    visible: text !== ""
    implicitHeight: visible ? Math.max(Theme.touch, row.implicitHeight + 16) : 0
    implicitWidth: row.implicitWidth + 2 * Theme.gap
    radius: Theme.radius
    border.width: 2
    border.color: [Theme.warningEdge, Theme.errorEdge, Theme.infoEdge, Theme.okEdge][kind]
    color: [Theme.warningBack, Theme.errorBack, Theme.infoBack, Theme.okBack][kind]

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: banner.dismissable ? 0 : Theme.gap
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            Layout.topMargin: 8
            Layout.bottomMargin: 8
            text: banner.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.bold: banner.kind === Banner.Error || banner.kind === Banner.Warning
            color: [Theme.warningText, Theme.errorText, Theme.infoText, Theme.okText][banner.kind]
        }
        ToolButton {
            visible: banner.dismissable
            text: "\u2715"
            implicitWidth: Theme.touch
            implicitHeight: Theme.touch
            Accessible.name: qsTr("Dismiss")
            onClicked: banner.dismissed()
        }
    }
}
