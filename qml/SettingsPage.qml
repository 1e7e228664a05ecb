import QtQuick
import QtQuick.Controls
import Patrolbook

// Settings: the language, who is signed in and to which server, and signing out (which
// never throws away changes that have not been sent).
Page {
    id: page

    property bool wide: Window.width >= Theme.wideBreak

    // Signs out, first explaining (and offering to sync) when changes wait to be sent.
    function signOut(): void {
        // Refused changes count too: they wait for this user to fix or resend them.
        if (SyncStatus.pendingCount + SyncStatus.problemCount > 0)
            signOutDialog.open()
        else
            Session.signOut()
    }

    objectName: "settingsPage"
    title: Labels.nav("settings")

    header: PageHeader {
        title: page.title
    }

    FormScroll {
        anchors.fill: parent

        Label {
            text: qsTr("Language")
            font.bold: true
            font.pixelSize: Theme.fontBody
        }
        ComboBox {
            objectName: "languageChoice"
            width: parent.width
            textRole: "text"
            valueRole: "value"
            model: [
                {"value": "system", "text": qsTr("Same as the phone")},
                {"value": "zh_CN", "text": "简体中文"},
                {"value": "en", "text": "English"}
            ]
            currentIndex: count > 0 ? Math.max(0, indexOfValue(Language.choice)) : 0
            onActivated: Language.choice = String(currentValue)
        }

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }

        Label {
            text: qsTr("Signed in as")
            font.bold: true
            font.pixelSize: Theme.fontBody
        }
        Label {
            objectName: "settingsUser"
            width: parent.width
            text: Session.userName + (Session.role !== Values.StaffRole.Unset ? " \u00b7 " + Vocabulary.role(Session.role) : "")
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Server")
            font.bold: true
            font.pixelSize: Theme.fontBody
        }
        Label {
            objectName: "settingsServer"
            width: parent.width
            text: Session.serverUrl
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WrapAnywhere
        }
        Label {
            width: parent.width
            text: SyncStatus.pendingCount > 0
                  ? qsTr("%n change(s) waiting to be sent.", "", SyncStatus.pendingCount)
                  : qsTr("Everything is sent.")
            wrapMode: Text.Wrap
            color: SyncStatus.pendingCount > 0 ? Theme.accent : Theme.pass
            font.bold: true
        }

        Button {
            objectName: "signOutButton"
            width: parent.width
            text: qsTr("Sign out")
            onClicked: page.signOut()
        }

        Label {
            width: parent.width
            text: qsTr("Patrolbook %1").arg(Qt.application.version)
            color: Theme.textSecondary
        }
    }

    SignOutDialog {
        id: signOutDialog
    }
}
