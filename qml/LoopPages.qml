import QtQuick
import QtQuick.Controls
import Patrolbook

// The pages of the repair-order and complaint loops, pushed onto whichever section's
// stack the user is in (Main.qml's openRepairs, openRepair, registerRepair ... call
// these): a list by filter, a record with the steps the user may take, and the intake
// forms, which give way to the new record's page once it is saved.
QtObject {
    id: pages

    // entity: "repair_order" or "complaint"; filter: "mine", "approval", "overdue", "all".
    function openList(stack: StackView, entity: string, filter: string): Item {
        return stack.push(listPage, {entity: entity, filter: filter})
    }

    function openRecord(stack: StackView, entity: string, recordId: string): Item {
        return stack.push(detailPage, {entity: entity, recordId: recordId})
    }

    function register(stack: StackView, entity: string): Item {
        return stack.push(entity === "complaint" ? complaintIntake : repairIntake)
    }

    readonly property Component listPage: Component {
        LoopListPage {
            onRecordOpened: (entity, recordId) => pages.openRecord(StackView.view, entity, recordId)
            onRegisterAsked: (entity) => pages.register(StackView.view, entity)
        }
    }
    readonly property Component detailPage: Component {
        LoopDetailPage {}
    }
    readonly property Component repairIntake: Component {
        RepairRegisterPage {
            onRegistered: (recordId) => StackView.view.replace(pages.detailPage,
                                                               {entity: "repair_order", recordId: recordId})
        }
    }
    readonly property Component complaintIntake: Component {
        ComplaintRegisterPage {
            onRegistered: (recordId) => StackView.view.replace(pages.detailPage,
                                                               {entity: "complaint", recordId: recordId})
        }
    }
}
