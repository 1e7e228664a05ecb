import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// One handover waiting to be taken over (a HandoverListModel row): post and shift, who
// handed it and when, what happened, the open items carried over; "Received" with an
// optional note when the user may confirm it.
Rectangle {
    id: card

    required property int index
    required property string handoverId
    required property string title
    required property string summary
    required property string handedBy
    required property string handedAt
    required property var items
    required property bool canReceive

    signal received(string handoverId, string note)

    objectName: "handover_" + index
    implicitHeight: column.implicitHeight + 2 * Theme.pad
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: column

        x: Theme.pad
        y: Theme.pad
        width: parent.width - 2 * Theme.pad
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: card.title
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Handed over by %1 at %2").arg(card.handedBy).arg(card.handedAt)
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: card.summary
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.items.length > 0
            text: qsTr("Open items carried over:") + "\n" + card.items.map((s) => "\u2022 " + s).join("\n")
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        TextField {
            id: note

            objectName: "receiveNote"
            Layout.fillWidth: true
            visible: card.canReceive
            placeholderText: qsTr("Note (optional)")
            font.pixelSize: Theme.fontBody
        }
        Button {
            objectName: "receiveHandover"
            Layout.fillWidth: true
            visible: card.canReceive
            highlighted: true
            text: qsTr("Received: I take over")
            onClicked: card.received(card.handoverId, note.text)
        }
    }
}
