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

    // A filter's choices: "any" first, then the model's.
    function choices(any: string, rest: var): var {
        const out = [{"value": "", "text": any}]
        for (let i = 0; rest && i < rest.length; ++i)
            out.push(rest[i])
        return out
    }

    // The model's dates from the fields; an empty field is no bound.
    function applyDates(): void {
        if (!records)
            return
        records.fromDay = from.valid ? from.text : ""
        records.toDay = to.valid ? to.text : ""
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
        model: filters.choices(qsTr("All kinds"), filters.records ? filters.records.kindChoices() : [])
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
        model: filters.choices(qsTr("Any status"),
                               filters.records ? filters.records.statusChoices(filters.records.kind) : [])
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
