import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One of the office's reviews that found issues in the user's record (NoticeListModel):
// what to put right, who asked and when. "Corrected" answers it, with an optional reply;
// the record then goes back to review. On Today the card also names the record and
// opens it.
Rectangle {
    id: card

    required property string noticeId
    required property string recordEntity
    required property string recordId
    required property string title
    required property string comment
    required property string reviewer
    required property string when
    // Shows the record's name and an "Open" button (on Today, not on the record itself).
    property bool showsRecord: true

    signal opened(string kind, string recordId)
    signal corrected(string noticeId, string reply)

    implicitHeight: column.implicitHeight + 2 * Theme.pad
    radius: Theme.radius
    color: Theme.errorBack
    border.width: 2
    border.color: Theme.errorEdge

    ColumnLayout {
        id: column

        x: Theme.pad
        y: Theme.pad
        width: parent.width - 2 * Theme.pad
        spacing: 6

        Label {
            Layout.fillWidth: true
            text: qsTr("The office asks you to put this right")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.errorText
        }
        Label {
            Layout.fillWidth: true
            visible: card.showsRecord
            text: card.title
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "noticeComment"
            Layout.fillWidth: true
            text: card.comment
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · %2").arg(card.reviewer).arg(card.when)
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        TextField {
            id: reply

            objectName: "noticeReply"
            Layout.fillWidth: true
            placeholderText: qsTr("Reply to the office (optional)")
            font.pixelSize: Theme.fontBody
        }
        GridLayout {
            Layout.fillWidth: true
            // Side by side where both read whole; stacked on a phone.
            columns: card.width >= 480 ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: 0

            Button {
                objectName: "noticeOpen"
                visible: card.showsRecord
                Layout.fillWidth: true
                text: qsTr("Open the record")
                onClicked: card.opened(card.recordEntity, card.recordId)
            }
            Button {
                objectName: "noticeCorrected"
                Layout.fillWidth: true
                highlighted: true
                text: qsTr("Corrected: send for review")
                onClicked: card.corrected(card.noticeId, reply.text)
            }
        }
    }
}
