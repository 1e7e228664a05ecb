import QtQuick
import Patrolbook

// One record in the list: what, when, its status, and where it stands with the server.
// Deliberately light (no Controls, no layouts): the list must scroll 100,000 of them.
Item {
    id: row

    required property int index
    required property string recordId
    required property string kind
    required property string kindText
    required property string title
    required property string subtitle
    required property string whenText
    required property string statusText
    // A Values.SyncState.
    required property int syncState
    required property int failed

    readonly property bool synced: syncState === Values.SyncState.Synced

    readonly property RecordList list: ListView.view as RecordList

    objectName: "record_" + index
    width: list ? list.width : 360
    height: 72

    Rectangle {
        anchors.fill: parent
        color: tap.pressed ? Theme.surface : row.list && row.list.currentRecordId === row.recordId ? Theme.selected
                                                                                                   : Theme.background
    }

    Text {
        x: Theme.pad
        y: 10
        width: row.width - 2 * Theme.pad - whenText.width - 8
        text: row.title
        font.pixelSize: Theme.fontBody + 1
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
    }
    Text {
        id: whenText

        anchors.right: parent.right
        anchors.rightMargin: Theme.pad
        y: 12
        text: row.whenText
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }
    Text {
        x: Theme.pad
        y: 40
        width: row.width - 2 * Theme.pad - stateText.width - 8
        text: row.kindText + " \u00b7 " + row.statusText
              + (row.subtitle !== "" ? " \u00b7 " + row.subtitle : "")
        font.pixelSize: Theme.fontSmall + 1
        color: Theme.textSecondary
        elide: Text.ElideRight
    }
    Text {
        id: stateText

        anchors.right: parent.right
        anchors.rightMargin: Theme.pad
        y: 40
        text: !row.synced ? Vocabulary.syncState(row.syncState) : row.failed > 0 ? qsTr("%n failed", "", row.failed) : ""
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: row.synced && row.failed > 0 ? Theme.fail : Theme.syncColor(row.syncState)
    }
    Rectangle {
        anchors.bottom: parent.bottom
        x: Theme.pad
        width: row.width - Theme.pad
        height: 1
        color: Theme.idle
    }

    MouseArea {
        id: tap

        anchors.fill: parent
        onClicked: if (row.list) row.list.opened(row.kind, row.recordId)
    }
}
