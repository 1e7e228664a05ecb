import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One owner in a search: name, unit, phone, member, last visit.
ItemDelegate {
    id: row

    required property int index
    required property string ownerId
    required property string name
    required property string unitLabel
    required property string phone
    required property bool member
    required property string lastVisitDate

    readonly property OwnerList list: ListView.view as OwnerList

    objectName: "ownerDelegate_" + index
    width: list ? list.width : 360
    implicitHeight: Math.max(64, implicitContentHeight + topPadding + bottomPadding)
    highlighted: list !== null && list.currentOwnerId === ownerId
    onClicked: if (list) list.picked(ownerId)

    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                Layout.fillWidth: true
                text: row.name + "  " + row.unitLabel
                font.pixelSize: Theme.fontBody + 1
                font.bold: true
                elide: Text.ElideRight
                color: Theme.text
            }
            Label {
                visible: row.member
                text: qsTr("Member")
                font.bold: true
                color: Theme.accent
            }
        }
        Label {
            Layout.fillWidth: true
            text: row.lastVisitDate === "" ? row.phone
                                           : qsTr("%1 \u00b7 last visit %2").arg(row.phone).arg(row.lastVisitDate)
            elide: Text.ElideRight
            color: Theme.textSecondary
        }
    }
}
