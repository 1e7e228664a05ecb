import QtQuick
import QtTest
import Patrolbook
import PatrolbookTest

// The repair-order and complaint screens at phone (360x740) and tablet (1280x800) size,
// in English and Simplified Chinese, as PNGs in <build>/screenshots: the lists, the
// intake forms and a record with its next steps, as the front desk sees them. Each is
// checked to show the screen it is named for before it is saved (as tst_screenshots).
TestCase {
    id: test

    property var window: null
    property string repairId
    property string complaintId

    function root(): Item {
        return window.contentItem.parent
    }

    function topPage(): Item {
        return window.tabs[window.currentTab].stack.currentItem
    }

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

    function shoot(name: string, marks: var): void {
        wait(350) // the page's push transition
        for (const mark of marks)
            tryVerify(() => shown(findChild(topPage(), mark)), 5000, name + " shows " + mark)
        waitForRendering(window.contentItem)
        wait(150)
        let saved = null
        root().grabToImage(result => saved = TestEnv.saveImage(result, name))
        tryVerify(() => saved !== null, 5000)
        verify(saved, "saved " + name)
        compare(TestEnv.sameImageAs(name), "", name + " is another screen's picture")
    }

    function register(page: Item, field: string, text: string): string {
        tryVerify(() => findChild(page, "ownerDelegate_0") !== null, 5000)
        tryVerify(() => !window.tabs[window.currentTab].stack.busy, 5000)
        mouseClick(findChild(page, "ownerDelegate_0"))
        tryVerify(() => page.ownerId !== "")
        findChild(page, field).text = text
        let id = ""
        page.registered.connect(recordId => id = recordId)
        verify(page.register())
        return id
    }

    function initTestCase(): void {
        const component = Qt.createComponent("qrc:/Patrolbook/Ui/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        window = component.createObject(null, { width: 360, height: 740 })
        verify(window)
        TestEnv.seedDemo("office")
        tryVerify(() => Session.signedIn)
        TestEnv.signInAs("office")
        tryVerify(() => Session.role === Values.StaffRole.Office)
        repairId = register(window.registerRepair(), "repairDescription", "厨房水管漏水，楼下渗水")
        verify(repairId !== "")
        window.back()
        complaintId = register(window.registerComplaint(), "complaintContent", "夜间装修噪音扰民")
        verify(complaintId !== "")
        window.back()
    }

    function cleanupTestCase(): void {
        Language.choice = "system"
        if (window)
            window.destroy()
        TestEnv.signInAs("patrol")
    }

    function test_loops_data() {
        return [
            { tag: "phone-en", w: 360, h: 740, lang: "en" },
            { tag: "phone-zh", w: 360, h: 740, lang: "zh_CN" },
            { tag: "tablet-en", w: 1280, h: 800, lang: "en" },
            { tag: "tablet-zh", w: 1280, h: 800, lang: "zh_CN" }
        ]
    }

    function test_loops(data) {
        Language.choice = data.lang
        window.width = data.w
        window.height = data.h
        tryCompare(window, "wide", data.w >= 840, 5000)
        window.showTab(0)

        window.openRepairs("all")
        shoot("repairs-" + data.tag, ["loopList", "loop_0"])
        window.back()
        const repairForm = window.registerRepair()
        tryVerify(() => findChild(repairForm, "ownerDelegate_0") !== null, 5000)
        tryVerify(() => !window.tabs[window.currentTab].stack.busy, 5000)
        mouseClick(findChild(repairForm, "ownerDelegate_0"))
        shoot("repair-register-" + data.tag, ["repairDescription", "repairRegister"])
        window.back()
        window.openRepair(repairId)
        shoot("repair-detail-" + data.tag, ["repairSteps", "repairDispatch"])
        window.back()

        window.openComplaints("all")
        shoot("complaints-" + data.tag, ["loopList", "loop_0"])
        window.back()
        const complaintForm = window.registerComplaint()
        tryVerify(() => findChild(complaintForm, "ownerDelegate_0") !== null, 5000)
        tryVerify(() => !window.tabs[window.currentTab].stack.busy, 5000)
        mouseClick(findChild(complaintForm, "ownerDelegate_0"))
        shoot("complaint-register-" + data.tag, ["complaintContent", "complaintRegister"])
        window.back()
        window.openComplaint(complaintId)
        shoot("complaint-detail-" + data.tag, ["complaintSteps", "complaintValid"])
        window.back()
    }

    name: "LoopScreenshots"
    when: windowShown
}
