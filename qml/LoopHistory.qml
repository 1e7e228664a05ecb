import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// A loop's history on its record's page, newest last: each step the server accepted,
// who took it and when (on the property's clock), its note and photos. For any loop:
// `LoopHistory { entity: "repair_order"; recordId: order.id }`.
ColumnLayout {
    id: history

    property alias entity: events.entity
    property alias recordId: events.recordId
    readonly property int count: events.count

    visible: events.count > 0
    spacing: 6

    LoopHistoryModel {
        id: events
    }

    PhotoViewer {
        id: viewer
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("History")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textSecondary
    }
    Repeater {
        objectName: "loopHistory"
        model: events

        ColumnLayout {
            id: event

            required property int index
            required property string step
            required property string actor
            required property string when
            required property string note
            required property var photoUrls

            objectName: "loopEvent_" + index
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 6
                    Layout.preferredWidth: 10
                    Layout.preferredHeight: 10
                    radius: 5
                    color: Theme.accent
                }
                Label {
                    Layout.fillWidth: true
                    text: event.step
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 18
                text: event.actor + "  \u00b7  " + event.when
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 18
                visible: event.note !== ""
                text: event.note
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            PhotoStrip {
                Layout.fillWidth: true
                Layout.leftMargin: 18
                Layout.preferredHeight: implicitHeight
                visible: event.photoUrls.length > 0
                model: event.photoUrls
                delegate: PhotoThumb {}
                onPhotoTapped: (source) => viewer.show(source)
            }
        }
    }
}
