import QtQuick
import QtTest
import Patrolbook
import PatrolbookTest

// Every main screen at phone (360x740) and tablet (1280x800) size, in English and in
// Simplified Chinese, written as PNGs to <build>/screenshots for people to look at.
// Before each is saved, the screen it is named for is checked to be the one shown (its
// page and the item that makes it that screen, visible on the window); after, no two
// named screens may have given the same picture.
TestCase {
    id: test

    property var window: null

    function root(): Item {
        return window.contentItem.parent
    }

    // Scrolls the page that holds `item` so that it is on screen, where a finger can
    // reach it (a click off screen never arrives).
    function ensureVisible(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentItem !== undefined && p.contentY !== undefined && p.interactive) {
                const y = item.mapToItem(p.contentItem, 0, 0).y
                if (y < p.contentY || y + item.height > p.contentY + p.height)
                    p.contentY = Math.max(0, Math.min(y - 40, p.contentHeight - p.height))
                break
            }
        }
        // Pages slide in: let their transition end.
        wait(300)
        const target = item
        return target
    }

    function tap(item) {
        verify(item, "nothing to tap")
        mouseClick(ensureVisible(item))
    }

    // `item` is drawn: it and every item above it visible, and it lies on the window.
    function shown(item): bool {
        if (!item)
            return false
        for (let p = item; p; p = p.parent)
            if (!p.visible || p.opacity === 0)
                return false
        const at = item.mapToItem(window.contentItem, 0, 0)
        return item.width > 0 && item.height > 0 && at.x < window.width && at.y < window.height
                && at.x + item.width > 0 && at.y + item.height > 0
    }

    // Saves the window as `name` once every item named in `marks` is shown.
    function shoot(name: string, marks: var): void {
        for (const mark of marks)
            tryVerify(() => shown(findChild(root(), mark)), 5000, name + " shows " + mark)
        waitForRendering(window.contentItem)
        wait(150) // list delegates and images settle
        let saved = null
        root().grabToImage(result => saved = TestEnv.saveImage(result, name))
        tryVerify(() => saved !== null, 5000)
        verify(saved, "saved " + name)
        compare(TestEnv.sameImageAs(name), "", name + " is another screen's picture")
    }

    function initTestCase(): void {
        const component = Qt.createComponent("qrc:/Patrolbook/Ui/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        window = component.createObject(null, { width: 360, height: 740 })
        verify(window)
        shoot("signin-phone-en", ["signInPage"])
        TestEnv.seedDemo("patrol")
        tryVerify(() => Session.signedIn)
    }

    function cleanupTestCase(): void {
        Language.choice = "system"
        if (window)
            window.destroy()
    }

    function test_screens_data() {
        return [
            { tag: "phone-en", w: 360, h: 740, lang: "en" },
            { tag: "phone-zh", w: 360, h: 740, lang: "zh_CN" },
            { tag: "tablet-en", w: 1280, h: 800, lang: "en" },
            { tag: "tablet-zh", w: 1280, h: 800, lang: "zh_CN" }
        ]
    }

    function test_screens(data) {
        Language.choice = data.lang
        window.width = data.w
        window.height = data.h
        tryCompare(window, "wide", data.w >= 840, 5000)
        tryCompare(window, "width", data.w, 5000)

        window.showTab(0)
        shoot("today-" + data.tag, ["todayPage"])

        verify(window.openPatrolArea(TestEnv.areaId(1)))
        const checklist = findChild(root(), "checklist")
        tryVerify(() => checklist && checklist.count > 0)
        const first = checklist.itemAtIndex(0)
        tap(findChild(first, "resultFail"))
        tap(findChild(checklist.itemAtIndex(1), "resultPass"))
        shoot("patrol-" + data.tag, ["patrolPage", "patrolForm"])
        // The areas alone: over the form on a phone, beside its placeholder on a tablet.
        const patrol = window.page(1)
        patrol.closeDetail()
        tryVerify(() => !shown(findChild(root(), "patrolForm")), 5000, "the form is closed")
        shoot("areas-" + data.tag, ["patrolPage", "areaList"])

        patrol.openRenovation()
        let renovation = null
        tryVerify(() => (renovation = findChild(root(), "renovationPage")) !== null)
        shoot("renovation-owners-" + data.tag, ["renovationPage"])
        verify(renovation.openOwner(TestEnv.ownerId(4)))
        shoot("renovation-" + data.tag, ["renovationPage", "renovationForm"])
        window.showTab(1) // back to the patrol section's first page

        verify(window.openOwnerVisit(TestEnv.ownerId(2)))
        shoot("visit-" + data.tag, ["visitPage", "visitForm"])

        window.showTab(3)
        const records = window.page(3)
        records.closeDetail()
        shoot("records-" + data.tag, ["recordsPage", "recordsList"])
        window.openRecord("inspection", TestEnv.latestInspectionId())
        shoot("record-detail-" + data.tag, ["recordsPage", "recordDetail"])

        // The loops: my follow-ups, one on its record, handovers; a manager's Today and
        // verification queue.
        const followUpId = TestEnv.receiveFollowUp("patrol", "open")
        window.showTab(0)
        window.showTab(0)
        window.page(0).pushQueue("mine")
        shoot("my-follow-ups-" + data.tag, ["myFollowUpsPage", "queuedSteps"])
        window.openRecord("follow_up", followUpId)
        shoot("follow-up-record-" + data.tag, ["recordsPage", "recordDetail", "followUpSteps"])
        window.showTab(0)
        window.showTab(0)
        window.page(0).openHandovers()
        shoot("handover-" + data.tag, ["handoverPage", "handoverSummary"])
        TestEnv.signInAs("manager")
        TestEnv.receiveFollowUp("patrol", "fixed")
        window.showTab(0)
        window.showTab(0)
        shoot("today-manager-" + data.tag, ["todayPage", "loopsCard"])
        window.page(0).pushQueue("verify")
        shoot("verify-queue-" + data.tag, ["verifyQueuePage", "queuedSteps"])
        TestEnv.signInAs("patrol")
        window.showTab(0)
        window.showTab(0)

        window.showTab(4)
        shoot("sync-" + data.tag, ["syncPage"])

        window.showTab(5)
        shoot("settings-" + data.tag, ["settingsPage"])
    }

    name: "Screenshots"
    when: windowShown
}
