import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// Signing in: the office's server, the user's name and password. Needed once: from then
// on the app works without a network and sends what it records when it can.
Page {
    id: page

    function submit(): void {
        if (!button.enabled)
            return
        Session.signIn(server.text.trim(), user.text.trim(), password.text)
    }

    objectName: "signInPage"

    background: Rectangle {
        color: Theme.background
    }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 64
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column

            x: Math.max(Theme.pad, (parent.width - width) / 2)
            y: 32
            width: Math.min(page.width - 2 * Theme.pad, 480)
            spacing: Theme.gap

            Label {
                text: qsTr("Patrolbook")
                font.pixelSize: 32
                font.bold: true
                color: Theme.primary
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Area patrols, renovation checks and owner visits.")
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Banner {
                Layout.fillWidth: true
                kind: Banner.Info
                text: qsTr("You need a network only this first time. After you sign in, the app works offline: everything you record is kept on this device and sent to the office when there is a network.")
            }

            Label {
                text: qsTr("Server address")
                font.bold: true
            }
            TextField {
                id: server

                objectName: "signInServer"
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touch, implicitBackgroundHeight + topInset + bottomInset)
                text: Session.serverUrl
                placeholderText: qsTr("https://patrol.example.com")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onTextEdited: Session.clearError()
                onAccepted: user.forceActiveFocus()
            }
            Label {
                text: qsTr("User name")
                font.bold: true
            }
            TextField {
                id: user

                objectName: "signInUser"
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touch, implicitBackgroundHeight + topInset + bottomInset)
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onTextEdited: Session.clearError()
                onAccepted: password.forceActiveFocus()
            }
            Label {
                text: qsTr("Password")
                font.bold: true
            }
            TextField {
                id: password

                objectName: "signInPassword"
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touch, implicitBackgroundHeight + topInset + bottomInset)
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                onTextEdited: Session.clearError()
                onAccepted: page.submit()
            }

            Banner {
                objectName: "signInError"
                Layout.fillWidth: true
                kind: Banner.Error
                text: Session.errorString
            }

            Button {
                id: button

                objectName: "signInButton"
                Layout.fillWidth: true
                highlighted: true
                implicitHeight: Theme.bigTouch + topInset + bottomInset
                font.pixelSize: Theme.fontTitle
                enabled: !Session.busy && server.text.trim() !== "" && user.text.trim() !== "" && password.text !== ""
                text: Session.busy ? qsTr("Signing in\u2026") : qsTr("Sign in")
                onClicked: page.submit()
            }
            BusyIndicator {
                objectName: "signInBusy"
                Layout.alignment: Qt.AlignHCenter
                visible: Session.busy
                running: Session.busy
            }
        }
    }
}
