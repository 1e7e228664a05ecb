import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The bar on top of a page: an optional back button, the title, and the page's actions
// (children of the header) on the right.
ToolBar {
    id: bar

    property string title
    property string subtitle
    property bool backVisible: false
    default property alias actions: actionRow.data

    signal back

    Material.background: Theme.primary
    Material.foreground: Theme.textOnPrimary
    implicitHeight: Math.max(56, titleColumn.implicitHeight + 12)

    background: Rectangle {
        color: Theme.primary
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.backVisible ? 0 : Theme.pad
        spacing: 4

        ToolButton {
            objectName: "backButton"
            visible: bar.backVisible
            text: "\u2190"
            font.pixelSize: 26
            implicitWidth: 56
            implicitHeight: 56
            Accessible.name: qsTr("Back")
            onClicked: bar.back()
        }

        ColumnLayout {
            id: titleColumn

            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: bar.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideRight
                color: Theme.textOnPrimary
            }
            Label {
                Layout.fillWidth: true
                visible: bar.subtitle !== ""
                text: bar.subtitle
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                color: Theme.textOnPrimary
            }
        }

        RowLayout {
            id: actionRow

            spacing: 0
        }
    }
}
