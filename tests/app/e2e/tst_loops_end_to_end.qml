import QtQuick
import QtTest
import Patrolbook
import PatrolbookTest

// A repair order's loop through the real UI against a real patrolbook-server, one device
// handed from colleague to colleague: the front desk registers the repair and dispatches
// it to the patrol officer; the officer's session syncs, accepts it and finishes it with
// an after-photo and the owner's signature; after sync the specialist's session has the
// return visit due within three days, planned outside rest hours. (Runs after
// tst_end_to_end, which signed in to the same server.)
TestCase {
    id: test

    property var window: null

    function topPage(): Item {
        return window.tabs[window.currentTab].stack.currentItem
    }

    // The page's push transition ended: a tap lands where the item is.
    function settle(): void {
        tryVerify(() => !window.tabs[window.currentTab].stack.busy, 5000)
    }

    function find(name, from) {
        const item = findChild(from ? from : topPage(), name)
        verify(item, "no item named " + name)
        return item
    }

    function click(name): void {
        settle()
        const item = find(name)
        tryVerify(() => item.visible && item.enabled, 5000, name + " is offered")
        mouseClick(item)
    }

    function syncAll(): void {
        SyncStatus.syncNow()
        tryVerify(() => !SyncStatus.running && SyncStatus.pendingCount === 0 && !SyncStatus.uploading, 60000,
                  "everything sent: " + SyncStatus.errorString)
        compare(SyncStatus.problemCount, 0, "the server took every step: " + TestEnv.refusals().join("; "))
    }

    // The device handed to a colleague: their sign-in, and what the server holds for them.
    function signInAs(username): void {
        if (Session.signedIn) {
            syncAll()
            Session.signOut()
            tryVerify(() => !Session.signedIn, 10000)
        }
        Session.signIn(TestEnv.serverUrl, username, "demo")
        tryVerify(() => Session.signedIn, 20000, "signed in as " + username)
        SyncStatus.syncNow()
        tryVerify(() => !SyncStatus.running && TestEnv.staffId(username) !== "", 30000, "estate pulled")
    }

    function initTestCase(): void {
        SyncStatus.automatic = true
        const component = Qt.createComponent("qrc:/Patrolbook/Ui/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        window = component.createObject(null, { width: 360, height: 740 })
        verify(window)
        waitForRendering(window.contentItem)
    }

    function cleanupTestCase(): void {
        if (window)
            window.destroy()
    }

    function test_a_repair_goes_from_the_desk_to_the_officer_and_back_to_a_return_visit(): void {
        signInAs("office")
        const form = window.registerRepair()
        tryVerify(() => findChild(form, "ownerDelegate_0") !== null, 10000, "owners pulled")
        settle()
        mouseClick(findChild(form, "ownerDelegate_0"))
        find("repairDescription").text = "卫生间地漏堵塞"
        click("repairRegister")
        tryCompare(topPage(), "objectName", "repairDetail", 5000)
        const repairId = topPage().recordId
        const assignee = find("repairAssignee")
        tryVerify(() => assignee.indexOfValue(TestEnv.staffId("patrol")) >= 0, 5000)
        assignee.currentIndex = assignee.indexOfValue(TestEnv.staffId("patrol"))
        click("repairDispatch")
        tryVerify(() => !find("repairDispatch").visible, 5000, find("repairStepError").text)
        window.back()

        signInAs("patrol")
        window.openRepairs("mine")
        const list = find("loopList")
        tryVerify(() => list.count >= 1, 10000, "the dispatched order reached the officer")
        window.openRepair(repairId)
        click("repairAccept")
        verify(find("repairSteps").addPhotoFile(TestEnv.photoFile))
        find("repairSignaturePad").drawTestSignature()
        click("repairSaveSignature")
        click("repairFinish")
        tryVerify(() => !find("repairFinish").visible, 5000, find("repairStepError").text)
        window.back()
        window.back()
        // The outbox sends the accept and the finish as one change (dispatched -> done):
        // the server takes it as the chain of the officer's two steps, with its photos.
        SyncStatus.syncNow()
        tryVerify(() => !SyncStatus.running && SyncStatus.pendingCount === 0 && !SyncStatus.uploading, 60000)
        compare(SyncStatus.problemCount, 0, "the server took every step: " + TestEnv.refusals().join("; "))

        signInAs("specialist")
        let visit = null
        SyncStatus.syncNow()
        tryVerify(() => (visit = TestEnv.returnVisitFor(repairId)).found, 30000,
                  "the server planned the return visit of the repair and the specialist pulled it")
        compare(visit.purpose, "after_repair")
        verify(visit.dueOnTime, "due within three days of the repair")
        verify(!visit.plannedInRestHours, "planned outside the property's rest hours")
    }

    name: "LoopsEndToEnd"
    when: windowShown
}
