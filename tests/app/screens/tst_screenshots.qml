import QtQuick
import QtTest
import Patrolbook
import PatrolbookTest

// Every main screen at phone (360x740) and tablet (1280x800) size, in English and in
// Simplified Chinese, written as PNGs to <build>/screenshots for people to look at.
// Each screen is also checked to have drawn its own content.
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

    function shoot(name: string): void {
        waitForRendering(window.contentItem)
        wait(150) // list delegates and images settle
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
        shoot("signin-phone-en")
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
        tryVerify(() => findChild(root(), "todayPage") !== null)
        shoot("today-" + data.tag)

        verify(window.openPatrolArea(TestEnv.areaId(1)))
        const checklist = findChild(root(), "checklist")
        tryVerify(() => checklist && checklist.count > 0)
        const first = checklist.itemAtIndex(0)
        tap(findChild(first, "resultFail"))
        tap(findChild(checklist.itemAtIndex(1), "resultPass"))
        shoot("patrol-" + data.tag)
        window.back()
        shoot("areas-" + data.tag)

        const patrol = window.page(1)
        patrol.openRenovation()
        let renovation = null
        tryVerify(() => (renovation = findChild(root(), "renovationPage")) !== null)
        shoot("renovation-owners-" + data.tag)
        verify(renovation.openOwner(TestEnv.ownerId(4)))
        tryVerify(() => findChild(root(), "renovationForm") !== null)
        shoot("renovation-" + data.tag)
        window.showTab(1) // back to the patrol section's first page

        verify(window.openOwnerVisit(TestEnv.ownerId(2)))
        tryVerify(() => findChild(root(), "visitForm") !== null)
        shoot("visit-" + data.tag)

        window.showTab(3)
        tryVerify(() => findChild(root(), "recordsList") !== null)
        shoot("records-" + data.tag)
        window.openRecord("inspection", TestEnv.latestInspectionId())
        tryVerify(() => findChild(root(), "recordDetail") !== null)
        shoot("record-detail-" + data.tag)

        window.showTab(4)
        tryVerify(() => findChild(root(), "syncPage") !== null)
        shoot("sync-" + data.tag)

        window.showTab(5)
        tryVerify(() => findChild(root(), "settingsPage") !== null)
        shoot("settings-" + data.tag)
    }

    name: "Screenshots"
    when: windowShown
}
