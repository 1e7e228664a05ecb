import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// The Records section: all my records, newest first, searchable and filterable; a record
// opens beside the list on a tablet, over it on a phone.
AdaptivePage {
    id: page

    function openRecord(kind: string, recordId: string): void {
        detail.load(kind, recordId)
        showDetail()
    }

    // Today's "open follow-ups": the list narrowed to exactly what the tile counts (open
    // or being fixed; a manager's team's, else the user's own), the search cleared.
    function showOpenFollowUps(): void {
        closeDetail()
        filters.clear()
        search.clear()
        records.kind = "follow_up"
        records.status = "unresolved"
        filtersShown = true
    }

    property bool filtersShown: false
    // Managers and office staff review their properties' records; the others start with
    // their own.
    readonly property bool seesTeam: Session.role === Values.StaffRole.Manager || Session.role === Values.StaffRole.Office

    // The count arrives from a worker thread after the first page: the header keeps the
    // last one until then rather than flicker through the rows loaded.
    property int lastCount: 0
    readonly property int shownTotal: records.countKnown ? records.totalCount : lastCount

    onSeesTeamChanged: records.mineOnly = !seesTeam

    objectName: "recordsPage"
    title: Labels.nav("records")
    placeholderText: qsTr("Pick a record to see it in full.")

    header: PageHeader {
        visible: page.wide || !page.detailOpen
        title: page.title
        subtitle: records.mineOnly ? qsTr("%n of my records", "", page.shownTotal)
                                   : qsTr("%n record(s)", "", page.shownTotal)

        ToolButton {
            objectName: "recordFiltersToggle"
            text: page.filtersShown ? qsTr("Hide filters") : qsTr("Filters")
            onClicked: page.filtersShown = !page.filtersShown
        }
    }

    RecordListModel {
        id: records

        filterText: search.query
        mineOnly: !page.seesTeam
    }

    RecordDetail {
        id: detail
    }

    // A new search or filter: the record shown may no longer be in the list, so the
    // detail pane goes back to its placeholder rather than show what was filtered out.
    Connections {
        function onFiltersChanged(): void {
            page.closeDetail()
        }

        function onCountChanged(): void {
            if (records.countKnown)
                page.lastCount = records.totalCount
        }

        target: records
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        SearchField {
            id: search

            objectName: "recordSearch"
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            Layout.bottomMargin: 4
            placeholderText: qsTr("Search: area, owner, unit, text")
            delay: 350
        }

        RecordFilters {
            id: filters

            Layout.fillWidth: true
            defaultMineOnly: !page.seesTeam
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            visible: page.filtersShown
            records: records
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }

        RecordList {
            objectName: "recordsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: records
            currentRecordId: page.detailOpen ? detail.recordId : ""
            delegate: RecordDelegate {}
            onOpened: (kind, recordId) => page.openRecord(kind, recordId)

            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.pad
                visible: records.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("No records match.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
            }
        }
    }

    detailData: DetailPane {
        anchors.fill: parent
        title: detail.title
        subtitle: Vocabulary.recordKind(detail.kind)
        backVisible: !page.wide
        onBack: page.closeDetail()

        RecordDetailPage {
            objectName: "recordDetail"
            anchors.fill: parent
            detail: detail
        }
    }
}
