import QtQuick
import QtQuick.Controls

// The areas to patrol (AreaListModel). Declare it with `delegate: AreaDelegate {}`.
ListView {
    // The area whose patrol is open (highlighted).
    property string currentAreaId

    signal picked(string areaId)

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}
}
