import QtQuick
import QtTest
import Patrolbook
import PatrolbookTest

// The follow-up loop and the shift handover through the real UI (runs after tst_drafts,
// whose estate is on the device): a patrol user opens "my follow-ups" from Today, cannot
// mark one fixed without an after-photo, adds one and marks it fixed; a manager finds it
// in the verification queue with the photo and closes it; a handover written by one
// patrol user is confirmed by the next.
TestCase {
    id: test

    property var window: null
    property string followUpId

    name: "Loops"

    function root(): Item {
        return window.contentItem.parent
    }

    function find(name, from) {
        const item = findChild(from ? from : root(), name)
        verify(item, "no item named " + name)
        return item
    }

    // The scroll view holding `item`, scrolled so that the item is on screen, then a tap
    // (a button is clicked as its tap would: offscreen, a synthesized mouse click on a
    // control scrolled into a Flickable did not always land).
    function tap(item: Item): void {
        tryVerify(() => item.visible && item.enabled, 3000, "tappable: " + item.objectName)
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentItem !== undefined) {
                const y = item.mapToItem(p.contentItem, 0, 0).y
                p.contentY = Math.max(0, Math.min(p.contentHeight - p.height, y - p.height / 3))
                break
            }
        }
        waitForRendering(window.contentItem)
        if (item.checkable !== undefined && typeof item.clicked === "function")
            item.clicked()
        else
            mouseClick(item)
    }

    // The card of our follow-up in the queue page shown now.
    function queuedCard(page: Item): Item {
        const queue = find("followUpQueue", page)
        let card = null
        tryVerify(() => {
            for (let i = 0; i < queue.count; ++i)
                if (queue.itemAt(i).followUpId === test.followUpId)
                    card = queue.itemAt(i)
            return card !== null
        }, 5000, "the follow-up is queued")
        return card
    }

    function today(): void {
        window.showTab(0)
        window.showTab(0) // again: back to Today's first page
        tryVerify(() => find("todayPage").visible)
    }

    function initTestCase(): void {
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

    function test_1_a_patrol_user_marks_a_follow_up_fixed_only_with_an_after_photo(): void {
        TestEnv.signInAs("patrol")
        tryVerify(() => Session.role === Values.StaffRole.Patrol)
        followUpId = TestEnv.receiveFollowUp("patrol", "open")
        today()
        const tile = find("loopsMyFollowUps")
        tryVerify(() => Number(tile.value) >= 1, 5000, "counted on Today")
        tap(tile)
        tryVerify(() => find("myFollowUpsPage").visible)
        const card = queuedCard(find("myFollowUpsPage"))
        verify(find("queuedDue", card).text !== "", "its due date, marked overdue")

        const note = find("followUpNote", card)
        tap(note)
        note.text = "Cleared the exit"
        tap(find("followUpFixed", card))
        tryVerify(() => find("followUpError", card).text !== "", 5000, "said why")
        compare(TestEnv.followUpStatus(followUpId), "open", "not fixed without a photo of the fix")

        const steps = find("queuedSteps", card)
        verify(steps.addAfterPhotoFile(TestEnv.photoFile))
        tryVerify(() => find("afterPhotos", card).count === 1, 5000, "the photo shown")
        tap(find("followUpFixed", card))
        tryVerify(() => TestEnv.followUpStatus(followUpId) === "fixed", 5000)
    }

    function test_2_a_manager_verifies_the_fix_seeing_the_after_photo(): void {
        TestEnv.signInAs("manager")
        tryVerify(() => Session.role === Values.StaffRole.Manager)
        today()
        const tile = find("loopsToVerify")
        tryVerify(() => tile.visible && Number(tile.value) >= 1, 5000, "a manager's queue on Today")
        tap(tile)
        tryVerify(() => find("verifyQueuePage").visible)
        const card = queuedCard(find("verifyQueuePage"))
        tryVerify(() => find("afterPhotos", card).count === 1, 5000, "the after-photo to judge by")
        tap(find("followUpVerify", card))
        tryVerify(() => TestEnv.followUpStatus(followUpId) === "closed", 5000)
    }

    function test_3_a_handover_is_written_and_confirmed_by_the_next_person(): void {
        TestEnv.signInAs("patrol")
        tryVerify(() => Session.role === Values.StaffRole.Patrol)
        today()
        tap(find("loopsHandovers"))
        tryVerify(() => find("handoverPage").visible)
        const post = find("handoverPost")
        tap(post)
        post.text = "Gate 2"
        const summary = find("handoverSummary")
        tap(summary)
        summary.text = "Quiet night, one lamp out"
        tap(find("handOver"))
        tryVerify(() => find("handoverDone").text !== "", 5000, "handed over")

        TestEnv.signInAs("patrol2")
        tryVerify(() => Session.role === Values.StaffRole.Patrol)
        const waiting = find("handoversToConfirm")
        let card = null
        tryVerify(() => {
            for (let i = 0; i < waiting.count; ++i)
                if (waiting.itemAt(i).summary === "Quiet night, one lamp out")
                    card = waiting.itemAt(i)
            return card !== null
        }, 5000, "the next person has it to confirm")
        const before = waiting.count
        const note = find("receiveNote", card)
        tap(note)
        note.text = "OK"
        tap(find("receiveHandover", card))
        tryVerify(() => waiting.count === before - 1, 5000, "confirmed: it leaves the list")
    }
}
