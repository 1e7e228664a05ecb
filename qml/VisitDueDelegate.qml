import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// A visit to do: who, why, and the time left before the three-day limit.
ItemDelegate {
    id: row

    required property int index
    required property string visitId
    required property string ownerName
    required property string unitLabel
    required property int purpose
    required property bool member
    required property string dueAtText
    required property string plannedAtText
    required property int minutesLeft
    required property bool overdue

    readonly property VisitDueList list: ListView.view as VisitDueList
    readonly property bool hasDue: dueAtText !== ""

    objectName: "visitDue_" + index
    width: list ? list.width : 360
    implicitHeight: Math.max(64, implicitContentHeight + topPadding + bottomPadding)
    onClicked: if (list) list.opened(visitId)

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: row.ownerName + "  " + row.unitLabel
            font.pixelSize: Theme.fontBody + 1
            font.bold: true
            elide: Text.ElideRight
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                visible: row.hasDue
                text: Labels.timeLeft(row.minutesLeft)
                font.bold: true
                color: row.overdue ? Theme.fail : row.minutesLeft < 24 * 60 ? Theme.accent : Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: Vocabulary.purpose(row.purpose) + (row.member ? " \u00b7 " + qsTr("Member") : "")
                      + (row.plannedAtText !== "" ? " \u00b7 " + qsTr("Booked %1").arg(row.plannedAtText) : "")
                elide: Text.ElideRight
                color: Theme.textSecondary
            }
        }
    }
}
