import QtQuick
import QtQuick.Controls

// Owners found by a search (OwnerListModel). Declare it with `delegate: OwnerDelegate {}`.
ListView {
    property string currentOwnerId

    signal picked(string ownerId)

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}
}
