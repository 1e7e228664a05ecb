import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Renovation checks (装修巡查 / 装修验收): choose patrol or acceptance, find the owner, and
// the check of their unit opens (the user's draft of it if there is one). Pushed from
// the Patrol section.
AdaptivePage {
    id: page

    // What picking an owner starts (a Values.RenovationKind).
    property int kind: Values.RenovationKind.Patrol

    function openOwner(ownerId: string): bool {
        if (!form.start(ownerId, kind))
            return false
        showDetail()
        return true
    }

    function openCheck(checkId: string): bool {
        if (!form.open(checkId))
            return false
        showDetail()
        return true
    }

    // For tests (instead of the file dialog): adds a picture to line `row` of the open check.
    function addPhotoFile(row: int, file: url): bool {
        return form.addPhoto(row, file)
    }

    // Back to the Patrol section.
    function leave(): void {
        StackView.view.pop()
    }

    objectName: "renovationPage"
    title: qsTr("Renovation check")
    placeholderText: qsTr("Choose patrol or acceptance, then the owner.")

    header: PageHeader {
        visible: page.wide || !page.detailOpen
        title: page.title
        backVisible: true
        onBack: page.leave()
    }

    RenovationForm {
        id: form
    }

    Toast {
        id: toast
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            Layout.bottomMargin: 0
            spacing: 6

            ResultButton {
                objectName: "renovationKindPatrol"
                Layout.fillWidth: true
                text: qsTr("Patrol")
                tint: Theme.primary
                checked: page.kind === Values.RenovationKind.Patrol
                onClicked: page.kind = Values.RenovationKind.Patrol
            }
            ResultButton {
                objectName: "renovationKindAcceptance"
                Layout.fillWidth: true
                text: qsTr("Acceptance")
                tint: Theme.primary
                checked: page.kind === Values.RenovationKind.Acceptance
                onClicked: page.kind = Values.RenovationKind.Acceptance
            }
        }

        OwnerPicker {
            Layout.fillWidth: true
            Layout.fillHeight: true
            onPicked: (ownerId) => page.openOwner(ownerId)
        }
    }

    detailData: DetailPane {
        anchors.fill: parent
        title: form.unitLabel + "  " + form.ownerName
        subtitle: Vocabulary.renovationKind(form.kind)
        backVisible: !page.wide
        onBack: page.closeDetail()

        RenovationFormView {
            objectName: "renovationForm"
            anchors.fill: parent
            form: form
            onFinishedNow: {
                toast.show(qsTr("Check saved. It goes to the office with the next sync."))
                page.closeDetail()
            }
        }
    }
}
