import QtQuick
import QtTest
import Patrolbook
import PatrolbookTest

// The office's review reaching the phone, through the real UI (runs after tst_drafts,
// whose estate is on the device): a patrol found to have issues is on Today with the
// office's comment, opens on its record with the same card, and "Corrected" with a reply
// answers it: the card leaves both screens and the answer waits to sync.
TestCase {
    id: test

    property var window: null

    name: "Notices"

    function root(): Item {
        return window.contentItem.parent
    }

    function find(name, from) {
        const item = findChild(from ? from : root(), name)
        verify(item, "no item named " + name)
        return item
    }

    function shot(name: string): void {
        waitForRendering(window.contentItem)
        wait(150)
        let saved = null
        root().grabToImage(result => saved = TestEnv.saveImage(result, name))
        tryVerify(() => saved !== null, 5000)
        verify(saved, "saved " + name)
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

    function test_1_a_review_with_issues_is_on_today_and_on_the_record_until_answered(): void {
        TestEnv.signInAs("patrol")
        tryVerify(() => Session.role === Values.StaffRole.Patrol)
        const inspectionId = TestEnv.latestInspectionId()
        verify(inspectionId !== "")
        TestEnv.receiveReviewNotice(inspectionId, "大堂照片模糊，请补拍")
        window.showTab(0)
        const cards = find("todayNotices")
        tryVerify(() => cards.count === 1, 5000, "the notice on Today")
        const comment = find("noticeComment", cards.itemAt(0))
        compare(comment.text, "大堂照片模糊，请补拍")
        shot("today-notice-360x740")

        mouseClick(find("noticeOpen", cards.itemAt(0)))
        const onRecord = find("recordNotices")
        tryVerify(() => onRecord.count === 1 && onRecord.itemAt(0).visible, 5000, "the notice on its record")
        const card = onRecord.itemAt(0)
        shot("record-notice-360x740")
        const pending = SyncStatus.pendingCount
        const reply = find("noticeReply", card)
        mouseClick(reply)
        keyClick(Qt.Key_A)
        compare(reply.text, "a")
        mouseClick(find("noticeCorrected", card))
        tryVerify(() => onRecord.count === 0, 5000, "answered: the card goes")
        tryVerify(() => SyncStatus.pendingCount === pending + 1, 5000, "the answer waits to sync")
        window.showTab(0)
        tryVerify(() => cards.count === 0, 5000, "and leaves Today")
    }

    function test_2_today_shows_the_newest_three_and_the_rest_on_request(): void {
        const ids = TestEnv.inspectionIds()
        verify(ids.length > 0)
        for (let i = 0; i < 4; ++i)
            TestEnv.receiveReviewNotice(ids[i % ids.length], "请补充备注 " + i)
        window.showTab(0)
        const cards = find("todayNotices")
        tryVerify(() => cards.count === 3, 5000, "the newest three")
        const all = find("todayAllNotices")
        verify(all.visible)
        mouseClick(all)
        tryVerify(() => cards.count === 4, 5000, "all of them")
        mouseClick(all)
        tryVerify(() => cards.count === 3, 5000)
    }
}
