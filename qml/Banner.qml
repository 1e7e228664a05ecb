import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A message across the page: a warning (rest hours, a poor position), an error from a
// controller, or information. Hidden while its text is empty.
Rectangle {
    id: banner

    // "warning", "error", "info" or "ok".
    property string kind: "warning"
    property string text
    // Shows a close button that emits dismissed().
    property bool dismissable: false

    signal dismissed

    visible: text !== ""
    implicitHeight: visible ? Math.max(Theme.touch, row.implicitHeight + 16) : 0
    implicitWidth: row.implicitWidth + 2 * Theme.gap
    radius: Theme.radius
    border.width: 2
    border.color: kind === "error" ? Theme.errorEdge : kind === "info" ? Theme.infoEdge
                                                     : kind === "ok" ? Theme.okEdge : Theme.warningEdge
    color: kind === "error" ? Theme.errorBack : kind === "info" ? Theme.infoBack
                                              : kind === "ok" ? Theme.okBack : Theme.warningBack

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
            font.bold: banner.kind === "error" || banner.kind === "warning"
            color: banner.kind === "error" ? Theme.errorText : banner.kind === "info" ? Theme.infoText
                                           : banner.kind === "ok" ? Theme.okText : Theme.warningText
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
