import QtQuick
import QtQuick.Controls
import Patrolbook

// One section of the app: its StackView, created the first time the section is shown
// (so the app starts with Today alone) and kept while the user is signed in.
Loader {
    id: loader

    property bool current: false
    property bool used: false
    readonly property StackView stack: item as StackView

    active: Session.signedIn && (used || current)
    onCurrentChanged: if (current) used = true
    Component.onCompleted: if (current) used = true

    Connections {
        target: Session

        // Signed out: the next user starts afresh.
        function onUserChanged(): void {
            if (!Session.signedIn)
                loader.used = false
        }
    }
}
