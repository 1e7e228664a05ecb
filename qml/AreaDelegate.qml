import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// One area in the picker: its name, code and type, whether a patrol is due today, done,
// or in progress, and how far it is.
ItemDelegate {
    id: row

    required property string areaId
    required property string name
    required property string code
    required property int areaType
    required property bool dueToday
    required property bool doneToday
    required property bool hasDraft
    required property real distance

    readonly property AreaList list: ListView.view as AreaList

    objectName: "areaDelegate_" + code
    width: list ? list.width : 360
    implicitHeight: Math.max(64, implicitContentHeight + topPadding + bottomPadding)
    highlighted: list !== null && list.currentAreaId === areaId
    onClicked: if (list) list.picked(areaId)

    contentItem: RowLayout {
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: row.name
                font.pixelSize: Theme.fontBody + 1
                font.bold: true
                elide: Text.ElideRight
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: row.code + " \u00b7 " + Vocabulary.areaType(row.areaType)
                      + (row.distance >= 0 ? " \u00b7 " + Labels.distance(row.distance) : "")
                elide: Text.ElideRight
                color: Theme.textSecondary
            }
        }

        Label {
            text: row.hasDraft ? qsTr("In progress") : row.doneToday ? qsTr("Done today")
                                                                     : row.dueToday ? qsTr("Due") : ""
            visible: text !== ""
            font.bold: true
            color: row.hasDraft ? Theme.accent : row.doneToday ? Theme.pass : Theme.fail
        }
    }
}
