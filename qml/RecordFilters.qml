import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// The filters of "My records": kind, status, area, date range, mine only. They write
// straight into the RecordListModel, which runs the query in SQLite.
GridLayout {
    id: filters

    property RecordListModel records
    // What "Only my records" starts at, and returns to on Clear: managers and office
    // staff review their team's records, everyone else starts with their own.
    property bool defaultMineOnly: true

    function statusValues(kind: string): var {
        if (kind === "inspection" || kind === "renovation_check")
            return ["draft", "finished"]
        if (kind === "owner_visit")
            return ["planned", "done", "unreachable", "cancelled"]
        if (kind === "follow_up")
            return ["unresolved", "open", "in_progress", "fixed", "closed"]
        return ["draft", "finished", "planned", "done", "unreachable", "open", "in_progress", "fixed", "closed"]
    }

    // The choices of the status filter: "any", then the statuses of the kind.
    function statusModel(kind: string): var {
        const choices = [{"value": "", "text": qsTr("Any status")}]
        for (const v of statusValues(kind))
            choices.push({"value": v, "text": Vocabulary.status(v)})
        return choices
    }

    // The model's dates from the fields; an empty field is no bound.
    function applyDates(): void {
        if (!records)
            return
        records.fromDate = from.toDate()
        records.toDate = to.toDate()
    }

    function clear(): void {
        if (!records)
            return
        records.kind = ""
        records.status = ""
        records.areaId = ""
        area.currentIndex = -1
        from.text = ""
        to.text = ""
        applyDates()
        records.mineOnly = defaultMineOnly
    }

    columns: 2
    columnSpacing: Theme.gap
    rowSpacing: 4

    ComboBox {
        id: kind

        objectName: "recordKindFilter"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "value"
        model: [
            {"value": "", "text": qsTr("All kinds")},
            {"value": "inspection", "text": Vocabulary.recordKind("inspection")},
            {"value": "renovation_check", "text": Vocabulary.recordKind("renovation_check")},
            {"value": "owner_visit", "text": Vocabulary.recordKind("owner_visit")},
            {"value": "follow_up", "text": Vocabulary.recordKind("follow_up")}
        ]
        currentIndex: filters.records && count > 0 ? indexOfValue(filters.records.kind) : 0
        onActivated: {
            filters.records.kind = String(currentValue)
            filters.records.status = ""
        }
    }

    ComboBox {
        id: status

        objectName: "recordStatusFilter"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "value"
        model: filters.statusModel(filters.records ? filters.records.kind : "")
        currentIndex: filters.records && count > 0 ? Math.max(0, indexOfValue(filters.records.status)) : 0
        onActivated: filters.records.status = String(currentValue)
    }

    ComboBox {
        id: area

        objectName: "recordAreaFilter"
        Layout.fillWidth: true
        model: AreaListModel {}
        textRole: "name"
        valueRole: "areaId"
        currentIndex: -1
        Layout.columnSpan: 2
        displayText: currentIndex < 0 ? qsTr("All areas") : currentText
        onActivated: filters.records.areaId = String(currentValue)
    }

    DateField {
        id: from

        objectName: "recordFromDate"
        Layout.fillWidth: true
        label: qsTr("From")
        quickDays: []
        onCommitted: filters.applyDates()
    }

    DateField {
        id: to

        objectName: "recordToDate"
        Layout.fillWidth: true
        label: qsTr("To")
        quickDays: []
        onCommitted: filters.applyDates()
    }

    Switch {
        objectName: "recordMineOnly"
        Layout.fillWidth: true
        text: qsTr("Only my records")
        checked: filters.records ? filters.records.mineOnly : filters.defaultMineOnly
        onToggled: filters.records.mineOnly = checked
    }

    Button {
        objectName: "recordClearFilters"
        Layout.fillWidth: true
        flat: true
        text: qsTr("Clear filters")
        onClicked: filters.clear()
    }
}
