import QtQuick
import QtTest
import Patrolbook
import PatrolbookTest

// A photo taken on another device, which this one cannot fetch now (its server does not
// answer): the record shows the photo's place, then why it cannot be shown, in the
// user's language (runs after tst_drafts, whose estate is on the device).
TestCase {
    id: test

    property var window: null

    function root(): Item {
        return window.contentItem.parent
    }

    function find(name, from) {
        const item = findChild(from ? from : root(), name)
        verify(item, "no item named " + name)
        return item
    }

    // The record's first photo as shown in the detail, once it stopped loading.
    function shownPhoto(inspectionId: string): Item {
        window.openRecord("inspection", inspectionId)
        const strip = find("recordPhotos")
        tryVerify(() => strip.visible && strip.count === 1, 5000, "the photo has its place")
        let thumb = null
        tryVerify(() => (thumb = findChild(strip, "photo_0")) !== null, 5000)
        tryVerify(() => thumb.status === Image.Error, 20000, "the fetch gave up")
        return thumb
    }

    function initTestCase(): void {
        TestEnv.signInAs("patrol")
        const component = Qt.createComponent("qrc:/Patrolbook/Ui/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        window = component.createObject(null, { width: 360, height: 740 })
        verify(window)
        waitForRendering(window.contentItem)
    }

    function cleanupTestCase(): void {
        Language.choice = "system"
        if (window)
            window.destroy()
    }

    function test_a_photo_that_cannot_be_fetched_says_why_in_the_users_language(): void {
        const inspectionId = TestEnv.latestInspectionId()
        verify(inspectionId !== "")
        const url = TestEnv.photoFromServer("inspection", inspectionId)

        const thumb = shownPhoto(inspectionId)
        const problem = find("photoProblem", thumb)
        verify(problem.visible)
        compare(problem.text, "The photo is on the server: connect to the network to see it.")
        compare(PhotoCache.problem(url), problem.text)

        // The user switches to Chinese and opens the record again: said in Chinese.
        Language.choice = "zh_CN"
        window.showTab(0)
        window.openRecord("inspection", inspectionId)
        tryVerify(() => {
            const again = findChild(find("recordPhotos"), "photo_0")
            return again !== null && again.status === Image.Error
                && findChild(again, "photoProblem").text === "照片在服务器上，联网后可查看"
        }, 20000, "said in Chinese")
    }

    name: "Photos"
    when: windowShown
}
