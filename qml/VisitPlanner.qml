import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Booking a time that suits a busy owner: a date and a time (hh:mm). The form refuses a
// time inside the owner's rest hours and says why.
ColumnLayout {
    id: planner

    signal planRequested(date when)

    readonly property bool timeValid: /^([01]?\d|2[0-3]):[0-5]\d$/.test(time.text)

    function when(): date {
        const d = day.toDate()
        const parts = time.text.split(":")
        return new Date(d.getFullYear(), d.getMonth(), d.getDate(), Number(parts[0]), Number(parts[1]))
    }

    spacing: 6

    Label {
        Layout.topMargin: Theme.gap
        text: qsTr("Book another time")
        font.bold: true
        font.pixelSize: Theme.fontBody
    }
    DateField {
        id: day

        objectName: "planDate"
        Layout.fillWidth: true
        label: qsTr("Day")
        quickDays: [0, 1, 2]
    }
    Label {
        text: qsTr("Time (hh:mm)")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textSecondary
    }
    TextField {
        id: time

        objectName: "planTime"
        Layout.fillWidth: true
        implicitHeight: Math.max(Theme.touch, implicitBackgroundHeight + topInset + bottomInset)
        placeholderText: qsTr("e.g. 10:30")
        inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
        maximumLength: 5
        color: text === "" || planner.timeValid ? Theme.text : Theme.fail
    }
    Button {
        objectName: "visitPlan"
        Layout.fillWidth: true
        enabled: day.text !== "" && day.valid && planner.timeValid
        text: qsTr("Book this time")
        onClicked: planner.planRequested(planner.when())
    }
}
