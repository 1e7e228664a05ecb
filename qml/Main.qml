import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Patrolbook

// Patrolbook's window: the sign-in page until someone is signed in, then the sections
// Today, Patrol, Visits, Records, Sync and Settings. One adaptive tree: below 840 px a
// single column with a bottom navigation bar (each section a StackView; a list's detail
// covers it); from 840 px a navigation rail on the left and master-detail sections.
//
// objectNames for tests (findChild):
//   window/nav:   navToday navPatrol navVisits navRecords navSync navSettings backButton
//   sign in:      signInPage signInServer signInUser signInPassword signInButton
//                 signInError signInBusy
//   today:        todayPage continuePatrolCard continuePatrol todayAreas todayVisits
//                 todayFollowUps todayPending todayVisitList visitDue_<row>
//   loops:        loopsCard loopsMyFollowUps loopsMyRepairs loopsMyComplaints loopsToVerify
//                 loopsToApprove loopsOverdue loopsHandovers registerRepair registerComplaint
//                 myFollowUpsPage verifyQueuePage queuedFollowUp_<row> > queuedSteps
//                 followUpSteps > addAfterPhoto beforePhotos afterPhotos followUpNote
//                 followUpTake followUpFixed followUpVerify followUpReopen followUpRelease
//                 reassignTo reassign_<row> reassignReason reassignButton; loopHistory
//                 loopEvent_<row>; handoverPage handoverPost handoverShift handoverSummary
//                 openItem_<row> handOver handoverDone handoverError handover_<row> >
//                 receiveNote receiveHandover
//                 (TodayPage: pushQueue("mine"|"verify") openHandovers();
//                 FollowUpSteps: addAfterPhotoFile(url))
//   patrol:       patrolPage areaSearch areaNearest areaList areaDelegate_<code>
//                 openRenovation patrolForm patrolProgress patrolError gpsStatus
//                 stampPosition stampedPosition positionWarning checklist
//                 answer_<code> > resultPass resultFail resultNa itemNote addPhoto photo_<i>
//                   followUpDescription followUpAssignee followUpDueDate
//                 patrolNote finishPatrol discardPatrol confirmDiscardPatrol
//   renovation:   renovationPage renovationKindPatrol renovationKindAcceptance
//                 ownerSearch ownerList ownerDelegate_<row> renovationForm renovationError
//                 renovationContractor renovationPermit renovationChecklist
//                 answer_<code> > ... rectifyBy; renovationNote signaturePad signatureArea
//                 savedSignature clearSignature saveSignature finishRenovation
//   visits:       visitPage visitTabOwners visitTabDue ownerSearch ownerList
//                 ownerDelegate_<row> visitDueList visitDue_<row> visitForm callOwner
//                 visitStatus visitDeadline restHoursWarning visitError channel_phone
//                 channel_in_person channel_sms channel_email visitPurpose
//                 outcome_satisfied outcome_average outcome_unsatisfied visitNote
//                 visitSuggestions visitFinish visitUnreachable planDate planTime visitPlan
//   records:      recordsPage recordSearch recordFiltersToggle recordKindFilter
//                 recordStatusFilter recordAreaFilter recordMineOnly recordFromDate
//                 recordToDate recordClearFilters recordsList record_<row> recordDetail
//                 recordSyncState
//   sync:         syncPage syncPending syncLast photoProgress syncError syncNowButton
//                 problemList problem_<row> > problemOpen problemRetry problemDiscard
//                 problemAcknowledge; discardDialog
//   settings:     settingsPage languageChoice settingsUser settingsServer signOutButton
//                 signOutDialog signOutSyncNow signOutAnyway signOutCancel
//   photos:       takePhoto (camera, phones only)
//
// Functions for tests and for the sections' cross-links:
//   window.showTab(i)  0 Today, 1 Patrol, 2 Visits, 3 Records, 4 Sync, 5 Settings
//   window.page(i)     the section's root page (loads it)
//   window.back()      the system's back: closes a detail, pops a page, or goes to Today
//   window.openPatrolArea(areaId), openPatrolDraft(inspectionId), openVisit(visitId),
//   openOwnerVisit(ownerId), openRecord(kind, recordId), openFollowUps(), openVisitsDue()
//   PatrolPage: openArea(areaId) openInspection(id) addPhotoFile(row, url) openRenovation()
//   RenovationPage: openOwner(ownerId) openCheck(id) addPhotoFile(row, url)
//   VisitPage: openOwner(ownerId) openVisit(visitId) showDue()
//   RecordsPage: openRecord(kind, id) showOpenFollowUps()
//   SettingsPage: signOut()       SignaturePad: drawTestSignature() dataUrl() clear()
ApplicationWindow {
    id: window

    readonly property bool wide: width >= Theme.wideBreak
    property int currentTab: 0
    readonly property list<TabLoader> tabs: [todayTab, patrolTab, visitsTab, recordsTab, syncTab, settingsTab]

    // Shows section `index`; tapping the section already shown returns to its first page.
    function showTab(index: int): void {
        const stack = tabs[index].stack
        if (index === currentTab && stack && stack.depth > 1)
            stack.pop(null)
        currentTab = index
    }

    // The root page of section `index`, loading the section if needed.
    function page(index: int): Item {
        tabs[index].used = true
        const stack = tabs[index].stack
        return stack ? stack.get(0) : null
    }

    function back(): bool {
        const stack = tabs[currentTab].stack
        if (!stack)
            return false
        const adaptive = stack.currentItem as AdaptivePage
        if (adaptive && adaptive.back())
            return true
        if (stack.depth > 1) {
            stack.pop()
            return true
        }
        if (currentTab !== 0) {
            currentTab = 0
            return true
        }
        return false
    }

    function patrolRoot(): PatrolPage {
        const root = page(1) as PatrolPage
        tabs[1].stack.pop(null)
        showTab(1)
        return root
    }

    function openPatrolArea(areaId: string): bool {
        return patrolRoot().openArea(areaId)
    }

    function openPatrolDraft(inspectionId: string): bool {
        return patrolRoot().openInspection(inspectionId)
    }

    function openVisit(visitId: string): bool {
        showTab(2)
        return (page(2) as VisitPage).openVisit(visitId)
    }

    function openOwnerVisit(ownerId: string): bool {
        showTab(2)
        return (page(2) as VisitPage).openOwner(ownerId)
    }

    function openVisitsDue(): void {
        showTab(2)
        const visits = page(2) as VisitPage
        visits.showDue()
    }

    function openRecord(kind: string, recordId: string): void {
        showTab(3)
        const records = page(3) as RecordsPage
        records.openRecord(kind, recordId)
    }

    function openFollowUps(): void {
        showTab(3)
        const records = page(3) as RecordsPage
        records.showOpenFollowUps()
    }

    width: 400
    height: 820
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Patrolbook")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent
    Material.foreground: Theme.text
    Material.background: Theme.background

    // Android's back button arrives as a close request.
    onClosing: (close) => {
        if (Qt.platform.os === "android" && window.back())
            close.accepted = false
    }

    Shortcut {
        sequences: ["Back", "Alt+Left"]
        onActivated: window.back()
    }

    footer: Item {
        id: footerHolder

        visible: Session.signedIn && !window.wide
        implicitHeight: visible ? nav.implicitHeight : 0
    }

    // One navigation for both layouts: in the footer on a phone, the rail on a tablet.
    NavBar {
        id: nav

        parent: window.wide ? railHolder : footerHolder
        anchors.fill: parent
        vertical: window.wide
        currentIndex: window.currentTab
        onSelected: (index) => window.showTab(index)
    }

    Loader {
        anchors.fill: parent
        active: !Session.signedIn
        sourceComponent: Component {
            SignInPage {}
        }
    }

    RowLayout {
        anchors.fill: parent
        visible: Session.signedIn
        spacing: 0

        Item {
            id: railHolder

            Layout.fillHeight: true
            Layout.preferredWidth: window.wide ? Theme.railWidth : 0
            visible: window.wide
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.currentTab

            TabLoader {
                id: todayTab

                current: window.currentTab === 0
                sourceComponent: Component {
                    StackView {
                        initialItem: TodayPage {}
                    }
                }
                onLoaded: {
                    const today = stack.get(0) as TodayPage
                    today.wide = Qt.binding(() => window.wide)
                    today.continuePatrol.connect(window.openPatrolDraft)
                    today.openPatrol.connect(() => window.showTab(1))
                    today.openVisit.connect(window.openVisit)
                    today.openVisits.connect(window.openVisitsDue)
                    today.openFollowUps.connect(window.openFollowUps)
                    today.openSync.connect(() => window.showTab(4))
                    today.openRecord.connect(window.openRecord)
                    // The repair and complaint screens are branch `repairs`'s: offered once
                    // Main has them (looked up by name until then).
                    today.repairsReady = typeof window["openRepairs"] === "function"
                    today.complaintsReady = typeof window["openComplaints"] === "function"
                    today.openRepairs.connect((filter) => window["openRepairs"](filter))
                    today.openComplaints.connect((filter) => window["openComplaints"](filter))
                    today.registerRepair.connect(() => window["registerRepair"]())
                    today.registerComplaint.connect(() => window["registerComplaint"]())
                }
            }
            TabLoader {
                id: patrolTab

                current: window.currentTab === 1
                sourceComponent: Component {
                    StackView {
                        initialItem: PatrolPage {}
                    }
                }
                onLoaded: (stack.get(0) as PatrolPage).wide = Qt.binding(() => window.wide)
            }
            TabLoader {
                id: visitsTab

                current: window.currentTab === 2
                sourceComponent: Component {
                    StackView {
                        initialItem: VisitPage {}
                    }
                }
                onLoaded: (stack.get(0) as VisitPage).wide = Qt.binding(() => window.wide)
            }
            TabLoader {
                id: recordsTab

                current: window.currentTab === 3
                sourceComponent: Component {
                    StackView {
                        initialItem: RecordsPage {}
                    }
                }
                onLoaded: (stack.get(0) as RecordsPage).wide = Qt.binding(() => window.wide)
            }
            TabLoader {
                id: syncTab

                current: window.currentTab === 4
                sourceComponent: Component {
                    StackView {
                        initialItem: SyncPage {}
                    }
                }
                onLoaded: (stack.get(0) as SyncPage).openRecord.connect(window.openRecord)
            }
            TabLoader {
                id: settingsTab

                current: window.currentTab === 5
                sourceComponent: Component {
                    StackView {
                        initialItem: SettingsPage {}
                    }
                }
            }
        }
    }

    Connections {
        target: Session

        // Whoever signs in starts on Today.
        function onSignedInNow(): void {
            window.currentTab = 0
        }
    }
}
