import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// The position stamped on an inspection: what the GPS says now (and how accurate), the
// button that stamps it, what was stamped, and the form's warning when the position is
// poor or far from the area.
Rectangle {
    id: card

    property bool hasPosition: false
    property real latitude: 0
    property real longitude: 0
    property real accuracy: -1
    property string warning
    property bool readOnly: false

    signal stampRequested(real latitude, real longitude, real accuracy)

    function accuracyText(metres: real): string {
        return metres < 0 ? qsTr("accuracy unknown") : qsTr("\u00b1%1 m").arg(Math.round(metres))
    }

    implicitHeight: column.implicitHeight + 2 * Theme.pad
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: column

        x: Theme.pad
        y: Theme.pad
        width: card.width - 2 * Theme.pad
        spacing: 8

        Label {
            text: qsTr("Position")
            font.bold: true
            font.pixelSize: Theme.fontBody
        }

        Label {
            objectName: "gpsStatus"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Gps.valid && Gps.accuracy >= 0 && Gps.accuracy > 50 ? Theme.fail : Theme.text
            text: !Gps.available ? (Gps.errorString !== "" ? Gps.errorString : qsTr("No GPS on this device."))
                : !Gps.valid ? qsTr("Waiting for a GPS fix\u2026 Step outside or near a window if it takes long.")
                : qsTr("GPS now: %1, %2 (%3)").arg(Gps.latitude.toFixed(5)).arg(Gps.longitude.toFixed(5))
                  .arg(card.accuracyText(Gps.accuracy))
        }

        Label {
            objectName: "stampedPosition"
            Layout.fillWidth: true
            visible: card.hasPosition
            wrapMode: Text.Wrap
            font.bold: true
            text: qsTr("Stamped: %1, %2 (%3)").arg(card.latitude.toFixed(5)).arg(card.longitude.toFixed(5))
                  .arg(card.accuracyText(card.accuracy))
        }

        Banner {
            objectName: "positionWarning"
            Layout.fillWidth: true
            kind: Banner.Warning
            text: card.warning
        }

        Button {
            objectName: "stampPosition"
            Layout.fillWidth: true
            visible: !card.readOnly
            enabled: Gps.valid
            highlighted: !card.hasPosition
            text: card.hasPosition ? qsTr("Stamp the position again") : qsTr("Stamp my position")
            onClicked: card.stampRequested(Gps.latitude, Gps.longitude, Gps.accuracy)
        }
    }
}
