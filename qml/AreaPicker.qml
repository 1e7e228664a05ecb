import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Picking the area to patrol: a search by name or code, nearest first by GPS, or the list
// as it comes (areas due today first).
ColumnLayout {
    id: picker

    property string currentAreaId

    signal picked(string areaId)

    function useReference(): void {
        if (Gps.valid)
            areas.setReferencePosition(Gps.latitude, Gps.longitude)
    }

    spacing: 0

    AreaListModel {
        id: areas

        filterText: search.query
        byDistance: nearest.checked && Gps.valid
    }

    Connections {
        target: Gps
        enabled: nearest.checked

        function onPositionChanged(): void {
            picker.useReference()
        }
    }

    SearchField {
        id: search

        objectName: "areaSearch"
        Layout.fillWidth: true
        Layout.margins: Theme.gap
        Layout.bottomMargin: 0
        placeholderText: qsTr("Search areas by name or code")
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.gap
        Layout.rightMargin: Theme.gap
        spacing: Theme.gap

        Switch {
            id: nearest

            objectName: "areaNearest"
            text: qsTr("Nearest first")
            onToggled: if (checked) picker.useReference()
        }
        Label {
            Layout.fillWidth: true
            visible: nearest.checked && !Gps.valid
            text: Gps.available ? qsTr("Waiting for GPS\u2026") : qsTr("No GPS")
            color: Theme.accent
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 1
        color: Theme.divider
    }

    AreaList {
        objectName: "areaList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: areas
        currentAreaId: picker.currentAreaId
        delegate: AreaDelegate {}
        onPicked: (areaId) => picker.picked(areaId)

        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.pad
            visible: areas.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: search.query !== "" ? qsTr("No area matches \u201c%1\u201d.").arg(search.query)
                                      : qsTr("No areas yet. They arrive with the first sync.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
        }
    }
}
