import QtQuick
import QtQuick.Controls
import QtTest
import Patrolbook
import PatrolbookTest

// Repair orders (报修) and complaints (投诉) through the real UI over the demo estate on
// the device, in a tablet-sized window: the front desk registers a repair and dispatches
// it; the patrol officer it went to finds it under "mine", accepts it and finishes it with
// an after-photo and the owner's signature; a complaint goes through its six steps with
// the manager's approval. (Runs after tst_drafts, whose estate is on the device.)
TestCase {
    id: test

    property var window: null

    function root(): Item {
        return window.contentItem.parent
    }

    // The page on top of the current section's stack.
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
        tryVerify(() => item.visible && item.enabled, 3000, name + " is offered")
        mouseClick(item)
    }

    function type(name, text): void {
        const field = find(name)
        field.forceActiveFocus()
        field.text = text
    }

    function pickOwner(): void {
        tryVerify(() => findChild(topPage(), "ownerDelegate_0") !== null, 5000)
        settle()
        mouseClick(find("ownerDelegate_0"))
        tryVerify(() => topPage().ownerId !== "")
    }

    function status(): string {
        const detail = topPage()
        return detail.title
    }

    function initTestCase(): void {
        const component = Qt.createComponent("qrc:/Patrolbook/Ui/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1280, height: 800 })
        verify(window)
        if (!Session.signedIn) // run alone, without tst_drafts before it
            TestEnv.seedDemo("office")
        waitForRendering(window.contentItem)
    }

    function cleanupTestCase(): void {
        if (window)
            window.destroy()
        TestEnv.signInAs("patrol")
    }

    function test_1_the_front_desk_registers_a_repair_and_dispatches_it(): void {
        TestEnv.signInAs("office")
        tryVerify(() => Session.role === Values.StaffRole.Office)
        window.registerRepair()
        tryCompare(topPage(), "objectName", "repairRegisterPage")
        pickOwner()
        type("repairDescription", "厨房水管漏水")
        click("repairRegister")
        tryCompare(topPage(), "objectName", "repairDetail", 3000)
        const steps = find("repairSteps")
        tryVerify(() => steps.visible, 3000, "the desk is offered the dispatch")
        const assignee = find("repairAssignee")
        const patrol = assignee.indexOfValue(TestEnv.staffId("patrol"))
        verify(patrol >= 0)
        assignee.currentIndex = patrol
        click("repairDispatch")
        tryVerify(() => !find("repairDispatch").visible, 3000, "dispatched: " + find("repairStepError").text)
        window.back()
    }

    function test_2_the_assignee_accepts_and_finishes_with_a_photo_and_the_owners_signature(): void {
        TestEnv.signInAs("patrol")
        tryVerify(() => Session.role === Values.StaffRole.Patrol)
        window.openRepairs("mine")
        tryCompare(topPage(), "objectName", "repairList")
        const list = find("loopList")
        tryVerify(() => list.count === 1, 3000, "the dispatched order is the officer's")
        settle()
        mouseClick(find("loop_0"))
        tryCompare(topPage(), "objectName", "repairDetail")
        click("repairAccept")
        click("repairFinish")
        tryVerify(() => find("repairStepError").text !== "", 3000, "no photo, no signature: not finished")
        verify(find("repairSteps").addPhotoFile(TestEnv.photoFile))
        const pad = find("repairSignaturePad")
        pad.drawTestSignature()
        click("repairSaveSignature")
        tryVerify(() => !pad.visible, 3000, "the signature is kept")
        type("repairMaterials", "生料带")
        click("repairFinish")
        tryVerify(() => !find("repairFinish").visible, 3000, find("repairStepError").text)
        verify(find("repairRate_satisfied").visible, "the owner's rating comes next")
        click("repairRate_satisfied")
        tryVerify(() => !find("repairRate_satisfied").visible)
        window.back()
        window.back()
    }

    function test_3_a_complaint_goes_through_six_steps_with_the_managers_approval(): void {
        TestEnv.signInAs("specialist")
        tryVerify(() => Session.role === Values.StaffRole.Specialist)
        window.registerComplaint()
        tryCompare(topPage(), "objectName", "complaintRegisterPage")
        pickOwner()
        type("complaintContent", "夜间装修噪音扰民")
        const severity = find("complaintSeverity")
        severity.currentIndex = severity.indexOfValue("major")
        tryVerify(() => find("complaintEscalates").text !== "", 3000, "a major one goes to the manager")
        click("complaintRegister")
        tryCompare(topPage(), "objectName", "complaintDetail")
        const id = topPage().recordId
        click("complaintValid")
        type("complaintCause", "装修队夜间施工")
        type("complaintPerson", "王工")
        click("complaintInvestigate")
        type("complaintSolution", "约谈装修队，书面警告")
        click("complaintPropose")
        tryVerify(() => !find("complaintPropose").visible)
        verify(!find("complaintApprove").visible, "the specialist does not approve")
        window.back()

        TestEnv.signInAs("manager")
        tryVerify(() => Session.role === Values.StaffRole.Manager)
        window.openComplaints("approval")
        const list = find("loopList")
        tryVerify(() => list.count >= 1, 3000, "waiting for the manager")
        window.openComplaint(id)
        click("complaintApprove")
        window.back()
        window.back()

        TestEnv.signInAs("specialist")
        tryVerify(() => Session.role === Values.StaffRole.Specialist)
        window.openComplaint(id)
        click("complaintConsent_signature")
        find("complaintSignaturePad").drawTestSignature()
        click("complaintSaveSignature")
        type("complaintFeedback", "业主表示满意")
        click("complaintCarryOut")
        click("complaintVisited")
        tryVerify(() => !find("complaintVisited").visible)
        window.back()

        TestEnv.signInAs("manager")
        tryVerify(() => Session.role === Values.StaffRole.Manager)
        window.openComplaint(id)
        type("complaintEvaluation", "处理及时")
        type("complaintImprovement", "装修登记时提醒施工时段")
        click("complaintClose")
        tryVerify(() => !find("complaintSteps").visible, 3000, "closed: no step left")
        window.back()
    }

    name: "Repairs"
    when: windowShown
}
