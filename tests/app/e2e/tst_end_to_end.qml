import QtQuick
import QtTest
import Patrolbook
import PatrolbookTest

// The whole way a patrol takes, through the real UI against a real patrolbook-server:
// sign in, patrol an area with a failed line, a photo and the replayed GPS position,
// sync, and find the inspection, its lines, the follow-up and the photo on the server;
// then see the photo again, fetched back from the server.
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

    function find(name, from) {
        const item = findChild(from ? from : root(), name)
        verify(item, "no item named " + name)
        return item
    }

    // The visible button with this text (the file dialog's buttons have no object names).
    function findButton(text) {
        const stack = [root()]
        while (stack.length > 0) {
            const item = stack.pop()
            if (item.text === text && item.clicked !== undefined && item.visible)
                return item
            for (let i = 0; i < item.children.length; ++i)
                stack.push(item.children[i])
        }
        return null
    }

    // The visible item with this name (several pages hold one, one is shown).
    function findVisible(name) {
        const stack = [root()]
        while (stack.length > 0) {
            const item = stack.pop()
            if (item.objectName === name && item.visible)
                return item
            for (let i = 0; i < item.children.length; ++i)
                stack.push(item.children[i])
        }
        return null
    }

    function typeInto(field, text) {
        mouseClick(field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
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

    function test_patrol_reaches_the_server(): void {
        verify(!Session.signedIn)
        typeInto(find("signInServer"), TestEnv.serverUrl)
        typeInto(find("signInUser"), "patrol")
        typeInto(find("signInPassword"), "demo")
        tap(find("signInButton"))
        tryVerify(() => Session.signedIn, 20000, "signed in")
        // The first sync after signing in brings the estate.
        tryVerify(() => !SyncStatus.running && TestEnv.areaCode(0) !== "", 30000, "estate pulled")

        tap(find("navPatrol"))
        const code = TestEnv.areaCode(0)
        let area = null
        tryVerify(() => (area = findChild(root(), "areaDelegate_" + code)) !== null, 5000, "area listed")
        tap(area)
        const checklist = find("checklist")
        tryVerify(() => checklist.count > 0, 5000, "checklist shown")

        // The NMEA walk replays from its first fix.
        tryVerify(() => Gps.valid, 10000, "position from the NMEA log")
        tap(find("stampPosition"))
        tryVerify(() => find("stampedPosition").visible)

        for (let row = 0; row < checklist.count; ++row) {
            checklist.positionViewAtIndex(row, ListView.Contain)
            const line = checklist.itemAtIndex(row)
            verify(line, "line " + row)
            tap(find(row === 0 ? "resultFail" : "resultPass", line))
        }
        const failed = checklist.itemAtIndex(0)
        const description = find("followUpDescription", failed)
        typeInto(description, "Broken tile at the entrance")
        keyClick(Qt.Key_Return)
        // The photo comes through the picker a user uses: the button, the file dialog,
        // the file tapped, Open.
        const picker = find("photoPicker")
        picker.folder = TestEnv.photoFolder
        tap(find("addPhoto", checklist.itemAtIndex(0)))
        tryVerify(() => picker.dialogOpen, 5000, "the file dialog opens")
        let files = null
        tryVerify(() => (files = findChild(root(), "fileDialogListView")) !== null && files.count === 1, 10000,
                  "the photo listed")
        mouseClick(find("fileDialogDelegate0", files))
        const open = findButton("Open")
        verify(open, "an Open button")
        mouseClick(open)
        tryVerify(() => !picker.dialogOpen, 5000, "the dialog closes")
        tryVerify(() => checklist.itemAtIndex(0).photoCount === 1, 5000, "the photo is on the line")
        compare(find("photoError").text, "")

        tap(find("finishPatrol"))
        const inspectionId = TestEnv.latestInspectionId()
        verify(inspectionId !== "")

        tap(find("navSync"))
        tap(find("syncNowButton"))
        tryVerify(() => !SyncStatus.running && SyncStatus.pendingCount === 0 && !SyncStatus.uploading, 60000,
                  "everything sent")

        let server = null
        tryVerify(() => (server = TestEnv.serverInspection(inspectionId)).photoFiles === 1, 30000,
                  "photo verified on the server")
        compare(server.status, "finished")
        compare(server.items, checklist.count)
        compare(server.failedItems, 1)
        compare(server.followUps, 1)
        compare(server.photos, 1)
        compare(SyncStatus.problemCount, 0)
    }

    // The phone let its copy go once the server had it; the record still shows the photo,
    // fetched from the server, in the strip and full screen.
    function test_the_sent_photo_is_still_seen(): void {
        const inspectionId = TestEnv.latestInspectionId()
        verify(inspectionId !== "")
        window.openRecord("inspection", inspectionId)
        const strip = find("recordPhotos")
        tryVerify(() => strip.visible && strip.count === 1, 5000, "the record's photo listed")
        const thumb = find("photo_0", strip)
        tryVerify(() => thumb.status === Image.Ready, 30000, "the photo fetched from the server")
        verify(!find("photoProblem", thumb).visible)
        // The strip onto the screen (the page scrolls, not the strip), then the photo tapped.
        ensureVisible(strip)
        mouseClick(thumb)
        // Every page has a viewer; the one that opened shows.
        let image = null
        tryVerify(() => (image = findVisible("viewerImage")) !== null, 5000, "the viewer opens")
        tryVerify(() => image.status === Image.Ready, 30000, "shown full screen")
        verify(image.sourceSize.width > 176, "the whole photo, not the thumbnail")
        verify(findVisible("viewerProblem") === null)
        mouseClick(image)
    }

    name: "EndToEnd"
    when: windowShown
}
