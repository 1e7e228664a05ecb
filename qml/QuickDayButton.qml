import QtQuick
import QtQuick.Controls

// One quick pick of a QuickDays row.
Button {
    id: button

    required property int modelData
    readonly property QuickDays strip: ListView.view as QuickDays

    objectName: "quickDay_" + modelData
    flat: true
    implicitHeight: 48
    font.capitalization: Font.MixedCase
    text: modelData === 0 ? qsTr("Today") : qsTr("+%1 d").arg(modelData)
    onClicked: if (strip) strip.picked(modelData)
}
