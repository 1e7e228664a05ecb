import QtQuick
import QtQuick.Controls
import Patrolbook

// The Patrol section: the areas on the left (or alone on a phone), the open patrol on
// the right (or over the list). Renovation checks start from the header.
AdaptivePage {
    id: page

    // Shows the area's patrol: the user's draft, or a new one that is saved with the
    // first answer (looking at an area writes nothing).
    function openArea(areaId: string): bool {
        form.leave()
        if (!form.start(areaId))
            return false
        showDetail()
        return true
    }

    // Shows an existing inspection (the unfinished patrol from Today).
    function openInspection(inspectionId: string): bool {
        form.leave()
        if (!form.open(inspectionId))
            return false
        showDetail()
        return true
    }

    // For tests (instead of the file dialog): adds a picture to line `row` of the open patrol.
    function addPhotoFile(row: int, file: url): bool {
        return form.addPhoto(row, file)
    }

    function openRenovation(): void {
        StackView.view.push(renovationPage)
    }

    // Leaving the form drops a draft with nothing left in it.
    onDetailOpenChanged: if (!detailOpen) form.leave()
    objectName: "patrolPage"
    title: Labels.nav("patrol")
    placeholderText: qsTr("Pick an area to patrol.")

    header: PageHeader {
        visible: page.wide || !page.detailOpen
        title: page.title

        ToolButton {
            objectName: "openRenovation"
            text: qsTr("Renovation check")
            onClicked: page.openRenovation()
        }
    }

    PatrolForm {
        id: form
    }

    Component {
        id: renovationPage

        RenovationPage {}
    }

    Toast {
        id: toast
    }

    AreaPicker {
        anchors.fill: parent
        currentAreaId: page.detailOpen ? form.areaId : ""
        onPicked: (areaId) => page.openArea(areaId)
    }

    detailData: DetailPane {
        anchors.fill: parent
        title: form.areaName
        subtitle: Vocabulary.recordKind("inspection")
        backVisible: !page.wide
        onBack: page.closeDetail()

        PatrolFormView {
            objectName: "patrolForm"
            anchors.fill: parent
            form: form
            onFinishedNow: {
                toast.show(qsTr("Patrol saved. It goes to the office with the next sync."))
                page.closeDetail()
            }
            onDiscarded: page.closeDetail()
        }
    }
}
