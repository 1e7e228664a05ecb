import QtQuick
import QtQuick.Controls
import Patrolbook

// One record in full (RecordDetail): where it stands with the server and why, its fields,
// its position, its checklist lines and photos.
Item {
    id: view

    property RecordDetail detail

    // The banner of a Values.SyncState.
    function syncBanner(state: int): int {
        switch (state) {
        case Values.SyncState.Rejected: return Banner.Error
        case Values.SyncState.Conflict: return Banner.Warning
        case Values.SyncState.Pending: return Banner.Info
        }
        return Banner.Ok
    }

    PhotoViewer {
        id: viewer
    }

    NoticeListModel {
        id: notices

        recordId: view.detail ? view.detail.recordId : ""
    }

    FormScroll {
        anchors.fill: parent

        Banner {
            objectName: "recordSyncState"
            width: parent.width
            kind: view.syncBanner(view.detail ? view.detail.syncState : Values.SyncState.Synced)
            text: !view.detail || !view.detail.found ? ""
                  : Vocabulary.syncState(view.detail.syncState)
                    + (view.detail.syncReason !== "" ? ": " + view.detail.syncReason : "")
        }
        Repeater {
            objectName: "recordNotices"
            model: notices

            NoticeCard {
                width: parent ? parent.width : 0
                showsRecord: false
                onCorrected: (noticeId, reply) => notices.markCorrected(noticeId, reply)
            }
        }
        Banner {
            width: parent.width
            kind: Banner.Error
            text: notices.errorString
        }
        FollowUpSteps {
            objectName: "followUpSteps"
            width: parent.width
            followUpId: view.detail && view.detail.kind === "follow_up" ? view.detail.recordId : ""
        }
        LoopHistory {
            width: parent.width
            entity: view.detail ? view.detail.kind : ""
            recordId: view.detail ? view.detail.recordId : ""
        }
        Label {
            width: parent.width
            visible: view.detail !== null && !view.detail.found && view.detail.recordId !== ""
            text: qsTr("This record is no longer on this device.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
        }

        Repeater {
            model: view.detail ? view.detail.fields : []

            Column {
                required property var modelData

                width: parent ? parent.width : 0
                spacing: 0

                Label {
                    width: parent.width
                    text: String(parent.modelData.label)
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: String(parent.modelData.value)
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }

        Repeater {
            objectName: "recordLinks"
            model: view.detail ? view.detail.links : []

            Button {
                id: link

                required property var modelData
                required property int index

                objectName: "recordLink_" + link.index
                width: parent ? parent.width : 0
                flat: true
                text: String(link.modelData.label)
                onClicked: () => view.detail.load(String(link.modelData.kind), String(link.modelData.recordId))
            }
        }

        Label {
            width: parent.width
            visible: view.detail !== null && view.detail.position !== ""
            text: view.detail ? qsTr("Position: %1").arg(view.detail.position) : ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
        }

        Repeater {
            model: view.detail ? view.detail.lines : []

            RecordLine {
                required property var modelData

                width: parent ? parent.width : 0
                entry: modelData
            }
        }

        Label {
            visible: view.detail !== null && view.detail.photoCount > 0
            text: view.detail ? qsTr("Photos") : ""
            font.bold: true
        }
        // Every photo, sent or not: what is not on the device comes from the server.
        PhotoStrip {
            objectName: "recordPhotos"
            width: parent.width
            visible: view.detail !== null && view.detail.photos.length > 0
            model: view.detail ? view.detail.photos : []
            delegate: PhotoThumb {}
            onPhotoTapped: (source) => viewer.show(source)
        }
    }
}
