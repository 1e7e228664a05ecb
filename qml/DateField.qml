import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// A local date typed as yyyy-MM-dd, with quick picks (today, in 1, 3 or 7 days) so a
// gloved thumb rarely has to type. committed(text) when a valid date (or nothing) is
// entered; an invalid one is outlined in red and not committed.
ColumnLayout {
    id: root

    property alias text: field.text
    property string label
    property string placeholder: qsTr("yyyy-MM-dd")
    // The quick picks, in days from today; empty for none.
    property var quickDays: [0, 1, 3, 7]
    // What the quick picks count from ("yyyy-MM-dd"): the phone's today unless a form
    // gives the property's.
    property string today
    readonly property bool valid: text === "" || Dates.isDate(text)
    property alias input: field

    signal committed(string text)

    spacing: 4

    Label {
        visible: root.label !== ""
        text: root.label
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textSecondary
    }

    TextField {
        id: field

        Layout.fillWidth: true
        implicitHeight: Math.max(Theme.touch, implicitBackgroundHeight + topInset + bottomInset)
        placeholderText: root.placeholder
        inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
        maximumLength: 10
        color: root.valid ? Theme.text : Theme.fail
        onEditingFinished: if (root.valid) root.committed(text)
    }

    Label {
        visible: !root.valid
        text: qsTr("Not a date: write it as 2024-05-31")
        color: Theme.fail
        font.bold: true
    }

    QuickDays {
        Layout.fillWidth: true
        visible: root.quickDays.length > 0
        model: root.quickDays
        delegate: QuickDayButton {}
        onPicked: (days) => {
            root.text = Dates.addDays(root.today, days)
            root.committed(root.text)
        }
    }
}
