import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Signing out while changes wait to be sent: says so, offers to sync first, and signing
// out anyway keeps the changes on the phone (nothing is ever thrown away).
Dialog {
    id: dialog

    // The user asked to sync first: sign out once everything is out.
    property bool signOutAfterSync: false

    objectName: "signOutDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 400, 480)
    modal: true
    title: qsTr("Changes not sent yet")
    onAboutToShow: signOutAfterSync = false

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            text: qsTr("%n change(s) on this device have not been sent to the office yet.", "", SyncStatus.pendingCount)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            text: qsTr("Nothing is thrown away: if you sign out now, the changes stay on this device and go out after you sign in again.")
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: SyncStatus.running
            running: SyncStatus.running
        }
        Label {
            objectName: "signOutSyncError"
            Layout.fillWidth: true
            visible: !SyncStatus.running && SyncStatus.hasError && dialog.signOutAfterSync
            text: SyncStatus.errorString
            color: Theme.fail
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: SyncStatus.problemCount > 0
            text: qsTr("%n change(s) were refused by the server and wait for you on the Sync screen.", "", SyncStatus.problemCount)
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "signOutSyncNow"
            Layout.fillWidth: true
            highlighted: true
            enabled: !SyncStatus.running
            text: qsTr("Sync now")
            onClicked: {
                dialog.signOutAfterSync = true
                SyncStatus.syncNow()
            }
        }
        Button {
            objectName: "signOutAnyway"
            Layout.fillWidth: true
            enabled: !SyncStatus.running
            text: qsTr("Sign out anyway")
            onClicked: {
                dialog.close()
                Session.signOut()
            }
        }
        Button {
            objectName: "signOutCancel"
            Layout.fillWidth: true
            flat: true
            text: qsTr("Stay signed in")
            onClicked: dialog.close()
        }
    }

    Connections {
        target: SyncStatus

        // Once everything is out, the sign-out the user asked for goes ahead.
        function onStateChanged(): void {
            if (dialog.opened && dialog.signOutAfterSync && SyncStatus.pendingCount === 0 && !SyncStatus.running) {
                dialog.close()
                Session.signOut()
            }
        }
    }
}
