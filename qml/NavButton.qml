import QtQuick
import QtQuick.Controls

// One entry of the navigation: a tab of the bottom bar on a phone, a row of the rail on a
// tablet. A badge shows a count (changes waiting) or "!" (problems).
AbstractButton {
    id: button

    property bool current: false
    property bool vertical: false
    property string badge

    implicitHeight: vertical ? 56 : 60
    implicitWidth: vertical ? Theme.railWidth : 64
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.PageTab

    background: Rectangle {
        color: button.current ? Theme.selected : button.down ? Theme.surface : "transparent"

        Rectangle {
            // The current entry's marker: a bar on top (bottom bar) or on the left (rail).
            visible: button.current
            color: Theme.primary
            width: button.vertical ? 5 : parent.width
            height: button.vertical ? parent.height : 4
        }
    }

    contentItem: Text {
        leftPadding: button.vertical ? 20 : 2
        rightPadding: button.vertical ? 36 : 2
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: button.vertical ? Text.AlignLeft : Text.AlignHCenter
        text: button.text
        color: button.current ? Theme.primary : Theme.text
        font.pixelSize: button.vertical ? Theme.fontBody : 13
        // Bold only in the rail: in a 60 px tab a bold "Records" would be cut.
        font.bold: button.current && button.vertical
        elide: Text.ElideRight
    }

    Rectangle {
        visible: button.badge !== ""
        anchors.right: parent.right
        anchors.rightMargin: button.vertical ? 10 : Math.max(2, parent.width / 2 - 34)
        anchors.top: parent.top
        anchors.topMargin: button.vertical ? (parent.height - height) / 2 : 4
        height: 20
        width: Math.max(20, badgeText.implicitWidth + 10)
        radius: 10
        color: button.badge === "!" ? Theme.fail : Theme.accent

        Text {
            id: badgeText

            anchors.centerIn: parent
            text: button.badge
            color: "#FFFFFF"
            font.pixelSize: 12
            font.bold: true
        }
    }
}
