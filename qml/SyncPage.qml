import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// The Sync section: when the phone last talked to the office, what is waiting to go,
// photo upload progress, and the records the server would not take, each with what to do.
Page {
    id: page

    property bool wide: Window.width >= Theme.wideBreak
    property real discardSeq: 0

    // Asks the Records section to show a record.
    signal openRecord(string kind, string recordId)

    objectName: "syncPage"
    title: Labels.nav("sync")

    header: PageHeader {
        title: page.title
    }

    FormScroll {
        anchors.fill: parent

        Rectangle {
            width: parent.width
            implicitHeight: status.implicitHeight + 2 * Theme.pad
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider

            ColumnLayout {
                id: status

                x: Theme.pad
                y: Theme.pad
                width: parent.width - 2 * Theme.pad
                spacing: 8

                Label {
                    objectName: "syncPending"
                    Layout.fillWidth: true
                    text: SyncStatus.pendingCount === 0 ? qsTr("Everything is sent.")
                                                        : qsTr("%n change(s) waiting to be sent.", "", SyncStatus.pendingCount)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: SyncStatus.pendingCount === 0 ? Theme.pass : Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "syncLast"
                    Layout.fillWidth: true
                    text: SyncStatus.lastSyncText !== ""
                          ? qsTr("Last sync: %1").arg(SyncStatus.lastSyncText)
                          : qsTr("This device has not synced yet.")
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: SyncStatus.running
                    spacing: Theme.gap

                    BusyIndicator {
                        running: SyncStatus.running
                        implicitWidth: 40
                        implicitHeight: 40
                    }
                    Label {
                        Layout.fillWidth: true
                        text: SyncStatus.uploading ? qsTr("Sending photos\u2026") : qsTr("Syncing\u2026")
                        font.bold: true
                    }
                }
                ProgressBar {
                    objectName: "photoProgress"
                    Layout.fillWidth: true
                    visible: SyncStatus.uploading
                    from: 0
                    to: 1
                    value: SyncStatus.photoProgress
                }
                Banner {
                    objectName: "syncError"
                    Layout.fillWidth: true
                    kind: Banner.Error
                    text: SyncStatus.errorString
                }
                Button {
                    objectName: "syncNowButton"
                    Layout.fillWidth: true
                    highlighted: true
                    enabled: !SyncStatus.running
                    implicitHeight: Theme.bigTouch + topInset + bottomInset
                    text: qsTr("Sync now")
                    onClicked: SyncStatus.syncNow()
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Sync also runs by itself: a few seconds after every save, when the network comes back, and every few minutes while changes wait.")
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                }
            }
        }

        Label {
            width: parent.width
            visible: SyncStatus.problemCount > 0
            text: qsTr("Needs your attention (%1)").arg(SyncStatus.problemCount)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.fail
            wrapMode: Text.Wrap
        }

        ProblemList {
            objectName: "problemList"
            width: parent.width
            height: contentHeight
            model: SyncStatus.problems
            delegate: ProblemDelegate {}
            onRetryRequested: (seq) => SyncStatus.retry(seq)
            onDiscardRequested: (seq, title) => {
                page.discardSeq = seq
                discardDialog.recordTitle = title
                discardDialog.open()
            }
            onAcknowledgeRequested: (entity, recordId) => SyncStatus.acknowledgeConflict(entity, recordId)
            onOpenRequested: (entity, recordId) => page.openRecord(entity, recordId)
        }
    }

    Dialog {
        id: discardDialog

        property string recordTitle

        objectName: "discardDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 400, 460)
        modal: true
        title: qsTr("Discard this change?")
        // Our own words: Qt's standard buttons stay English in Chinese.
        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: discardDialog.reject()
            }
            Button {
                objectName: "confirmDiscardChange"
                text: qsTr("Discard")
                flat: true
                onClicked: discardDialog.discarded()
            }
        }

        ColumnLayout {
            width: discardDialog.availableWidth

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("\u201c%1\u201d will not be sent. The office keeps what it has; this device gets the office's version at the next sync.")
                      .arg(discardDialog.recordTitle)
            }
        }

        onDiscarded: {
            SyncStatus.discard(page.discardSeq)
            close()
        }
    }
}
