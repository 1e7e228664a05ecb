import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// One sync problem in plain words: which record, what happened, what to do, and the
// buttons to do it.
Rectangle {
    id: card

    required property int index
    required property real seq
    required property int kind
    required property string entity
    required property string recordId
    required property string title
    required property string reason
    required property bool canDiscard
    // The records list can show it.
    required property bool openable

    readonly property ProblemList list: ListView.view as ProblemList
    readonly property bool conflict: kind === Values.SyncState.Conflict

    objectName: "problem_" + index
    width: list ? list.width : 360
    implicitHeight: column.implicitHeight + 2 * Theme.pad
    radius: Theme.radius
    color: conflict ? Theme.warningBack : Theme.errorBack
    border.width: 2
    border.color: conflict ? Theme.warningEdge : Theme.errorEdge

    ColumnLayout {
        id: column

        x: Theme.pad
        y: Theme.pad
        width: card.width - 2 * Theme.pad
        spacing: 6

        Label {
            Layout.fillWidth: true
            text: card.title
            font.pixelSize: Theme.fontBody + 1
            font.bold: true
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: Vocabulary.syncState(card.kind)
                  + (card.reason !== "" ? ": " + card.reason : "")
            font.bold: true
            wrapMode: Text.Wrap
            color: card.conflict ? Theme.warningText : Theme.errorText
        }
        Label {
            Layout.fillWidth: true
            text: Labels.problemAdvice(card.conflict, card.canDiscard)
            wrapMode: Text.Wrap
            color: Theme.text
        }

        Flow {
            Layout.fillWidth: true
            spacing: 6

            Button {
                objectName: "problemOpen"
                visible: card.openable
                text: qsTr("Show record")
                onClicked: if (card.list) card.list.openRequested(card.entity, card.recordId)
            }
            Button {
                objectName: "problemRetry"
                visible: !card.conflict
                highlighted: true
                text: qsTr("Send again")
                onClicked: if (card.list) card.list.retryRequested(card.seq)
            }
            Button {
                objectName: "problemDiscard"
                visible: !card.conflict && card.canDiscard
                text: qsTr("Discard change")
                onClicked: if (card.list) card.list.discardRequested(card.seq, card.title)
            }
            Button {
                objectName: "problemAcknowledge"
                visible: card.conflict
                highlighted: true
                text: qsTr("Mark reviewed")
                onClicked: if (card.list) card.list.acknowledgeRequested(card.entity, card.recordId)
            }
        }
    }
}
