import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Booking a time that suits a busy owner: a date and a time (hh:mm) on the property's
// clock, whatever zone the phone is in (the zone is named when it differs). The form
// refuses a time inside the owner's rest hours and says why.
ColumnLayout {
    id: planner

    // " (UTC+8)" when the property's zone is not the phone's.
    property string zoneSuffix
    // The property's today ("yyyy-MM-dd"), for the quick picks.
    property string today

    signal planRequested(string date, string time)

    readonly property bool timeValid: /^([01]?\d|2[0-3]):[0-5]\d$/.test(time.text)

    // Shows the visit's own booking (a form never shows another visit's values).
    function show(date: string, hhmm: string): void {
        day.text = date
        time.text = hhmm
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
        today: planner.today
        quickDays: [0, 1, 2]
    }
    Label {
        text: qsTr("Time (hh:mm)") + planner.zoneSuffix
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
        onClicked: planner.planRequested(day.text, time.text.length === 4 ? "0" + time.text : time.text)
    }
}
