import QtQuick
import QtQuick.Controls

// Owner visits still to do (VisitDueModel), the most urgent first. Declare it with
// `delegate: VisitDueDelegate {}`.
ListView {
    signal opened(string visitId)

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}
}
