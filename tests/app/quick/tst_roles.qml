import QtQuick
import QtTest
import Patrolbook
import PatrolbookTest

// What each role starts with on the records screen, and how the filters behave, through
// the real UI over the demo estate (runs after tst_drafts, whose estate is on the device).
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

    function initTestCase(): void {
        const component = Qt.createComponent("qrc:/Patrolbook/Ui/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1280, height: 800 })
        verify(window)
        waitForRendering(window.contentItem)
    }

    function cleanupTestCase(): void {
        if (window)
            window.destroy()
    }

    function counted(): int {
        const list = find("recordsList")
        tryVerify(() => list.model.countKnown, 5000)
        return list.model.totalCount
    }

    function test_1_a_manager_starts_with_the_teams_records_and_clear_keeps_them(): void {
        TestEnv.signInAs("patrol")
        tryVerify(() => Session.role === Values.StaffRole.Patrol)
        window.showTab(3)
        const mine = find("recordMineOnly")
        tryVerify(() => mine.checked, 3000, "a patrol officer starts with their own")
        const own = counted()

        TestEnv.signInAs("manager")
        tryVerify(() => Session.role === Values.StaffRole.Manager)
        tryVerify(() => !mine.checked, 3000, "a manager starts with the team's")
        const team = counted()
        verify(team > own, "the team's records: " + team + " against " + own)
        const page = find("recordsPage")
        page.filtersShown = true
        tryVerify(() => mine.visible)
        waitForRendering(window.contentItem)
        wait(300)
        mouseClick(mine)
        tryVerify(() => mine.checked, 3000, "only mine, as asked")
        verify(counted() < team, "fewer than the team's")
        mouseClick(find("recordClearFilters"))
        verify(!mine.checked, "Clear returns to the role's start, not to only mine")
        compare(counted(), team)
    }

    function test_2_from_and_to_sit_on_one_row(): void {
        const from = find("recordFromDate")
        const to = find("recordToDate")
        compare(from.mapToItem(null, 0, 0).y, to.mapToItem(null, 0, 0).y)
        verify(from.mapToItem(null, 0, 0).x < to.mapToItem(null, 0, 0).x, "From on the left")
    }

    function test_3_a_new_search_closes_the_record_it_may_have_filtered_out(): void {
        const page = find("recordsPage")
        const list = find("recordsList")
        tryVerify(() => list.count > 0)
        const first = list.itemAtIndex(0)
        page.openRecord(first.kind, first.recordId)
        verify(page.detailOpen)
        const search = find("recordSearch")
        search.text = "no record says this"
        search.apply()
        tryVerify(() => !page.detailOpen, 3000, "the detail goes back to its placeholder")
        search.clear()
        TestEnv.signInAs("patrol")
    }

    name: "Roles"
    when: windowShown
}
