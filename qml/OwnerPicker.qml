import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Finding an owner by name, unit ("3-1502", "1502") or phone. The list shows at most a
// hundred: the search narrows, nobody scrolls through thousands.
ColumnLayout {
    id: picker

    property string currentOwnerId
    property alias searchText: search.text

    signal picked(string ownerId)

    spacing: 0

    OwnerListModel {
        id: owners

        filterText: search.query
    }

    SearchField {
        id: search

        objectName: "ownerSearch"
        Layout.fillWidth: true
        Layout.margins: Theme.gap
        placeholderText: qsTr("Owner name, unit or phone")
        inputMethodHints: Qt.ImhNoPredictiveText
    }

    Label {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.gap
        Layout.rightMargin: Theme.gap
        visible: owners.count >= owners.limit
        text: qsTr("Showing the first %1. Type more to narrow the search.").arg(owners.limit)
        wrapMode: Text.Wrap
        color: Theme.textSecondary
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 1
        color: Theme.divider
    }

    OwnerList {
        objectName: "ownerList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: owners
        currentOwnerId: picker.currentOwnerId
        delegate: OwnerDelegate {}
        onPicked: (ownerId) => picker.picked(ownerId)

        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.pad
            visible: owners.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: search.query !== "" ? qsTr("Nobody matches \u201c%1\u201d.").arg(search.query)
                                      : qsTr("No owners yet. They arrive with the first sync.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
        }
    }
}
