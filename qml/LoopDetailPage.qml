import QtQuick
import QtQuick.Controls
import Patrolbook

// One repair order or complaint (RecordDetail): where it stands with the server — a step
// the server refused because someone acted first shows its reason here — its fields and
// photos, and the steps the user may take now (RecordDetailPage shows RepairSteps or
// ComplaintSteps by the record's kind).
Page {
    id: page

    property string entity: "repair_order"
    property string recordId

    objectName: entity === "complaint" ? "complaintDetail" : "repairDetail"
    title: detail.title

    header: PageHeader {
        title: page.title
        subtitle: page.entity === "complaint" ? qsTr("Complaint") : qsTr("Repair")
        backVisible: true
        onBack: page.StackView.view.pop()
    }

    RecordDetail {
        id: detail
    }
    Component.onCompleted: detail.load(entity, recordId)
    onRecordIdChanged: detail.load(entity, recordId)

    RecordDetailPage {
        anchors.fill: parent
        detail: detail
    }
}
