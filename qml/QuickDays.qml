import QtQuick

// Quick picks of a date field: today, in 1, 3 or 7 days (the model, in days from today).
// Declare it with `delegate: QuickDayButton {}`.
ListView {
    signal picked(int days)

    orientation: ListView.Horizontal
    spacing: 6
    interactive: false
    implicitHeight: 48
    implicitWidth: contentWidth
}
