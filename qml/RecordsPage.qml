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

    // Today's "open follow-ups": the list narrowed to them.
    function showOpenFollowUps(): void {
        closeDetail()
        records.kind = "follow_up"
        records.status = "open"
        filtersShown = true
    }

    property bool filtersShown: false

    objectName: "recordsPage"
    title: Labels.nav("records")
    placeholderText: qsTr("Pick a record to see it in full.")

    header: PageHeader {
        visible: page.wide || !page.detailOpen
        title: page.title
        subtitle: qsTr("%n record(s)", "", records.totalCount)

        ToolButton {
            objectName: "recordFiltersToggle"
            text: page.filtersShown ? qsTr("Hide filters") : qsTr("Filters")
            onClicked: page.filtersShown = !page.filtersShown
        }
    }

    RecordListModel {
        id: records

        filterText: search.query
    }

    RecordDetail {
        id: detail
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
            Layout.fillWidth: true
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
        subtitle: Labels.recordKind(detail.kind)
        backVisible: !page.wide
        onBack: page.closeDetail()

        RecordDetailPage {
            objectName: "recordDetail"
            anchors.fill: parent
            detail: detail
        }
    }
}
