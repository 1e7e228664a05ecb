import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// The Visits section: find an owner (or take a visit that is due), and the visit opens
// beside the list on a tablet, over it on a phone.
AdaptivePage {
    id: page

    // A new visit to the owner, or the user's open one.
    function openOwner(ownerId: string): bool {
        if (!form.start(ownerId))
            return false
        showDetail()
        return true
    }

    // An existing visit (from Today's list of visits due).
    function openVisit(visitId: string): bool {
        if (!form.open(visitId))
            return false
        showDetail()
        return true
    }

    // The list of visits due (Today's "Visits due").
    function showDue(): void {
        closeDetail()
        tabs.currentIndex = 1
    }

    objectName: "visitPage"
    title: Labels.nav("visits")
    placeholderText: qsTr("Find the owner to visit, or take a visit that is due.")

    header: PageHeader {
        visible: page.wide || !page.detailOpen
        title: page.title
    }

    VisitForm {
        id: form
    }

    TodaySummary {
        id: summary
    }

    Toast {
        id: toast
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs

            Layout.fillWidth: true

            TabButton {
                objectName: "visitTabOwners"
                text: qsTr("Find owner")
            }
            TabButton {
                objectName: "visitTabDue"
                text: qsTr("Due (%1)").arg(summary.visitsDue.count)
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            OwnerPicker {
                currentOwnerId: page.detailOpen ? form.ownerId : ""
                onPicked: (ownerId) => page.openOwner(ownerId)
            }

            VisitDueList {
                objectName: "visitDueList"
                model: summary.visitsDue
                delegate: VisitDueDelegate {}
                onOpened: (visitId) => page.openVisit(visitId)

                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.pad
                    visible: summary.visitsDue.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("No visits due.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontBody
                }
            }
        }
    }

    detailData: DetailPane {
        anchors.fill: parent
        title: form.ownerName + "  " + form.unitLabel
        subtitle: Vocabulary.purpose(form.purpose)
        backVisible: !page.wide
        onBack: page.closeDetail()

        VisitFormView {
            objectName: "visitForm"
            anchors.fill: parent
            form: form
            onFinishedNow: (message) => {
                toast.show(message)
                page.closeDetail()
            }
        }
    }
}
