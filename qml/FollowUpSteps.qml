import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// A follow-up's next steps for the signed-in user (FollowUpActions): take it, give it
// back, mark it fixed with what was done; a manager closes it as verified or reopens it
// with the reason. Only the steps the user may take are shown; none, nothing.
ColumnLayout {
    id: steps

    property alias followUpId: actions.followUpId
    readonly property bool any: actions.canTake || actions.canRelease || actions.canMarkFixed
                                || actions.canVerify || actions.canReopen

    visible: any
    spacing: 8

    FollowUpActions {
        id: actions
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Next step")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textSecondary
    }
    TextField {
        id: note

        objectName: "followUpNote"
        Layout.fillWidth: true
        visible: actions.canMarkFixed || actions.canReopen
        placeholderText: actions.canReopen ? qsTr("Why it is not fixed") : qsTr("What was done")
        font.pixelSize: Theme.fontBody
    }
    Banner {
        Layout.fillWidth: true
        kind: Banner.Error
        text: actions.errorString
    }
    GridLayout {
        Layout.fillWidth: true
        columns: steps.width >= 480 ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: 0

        Button {
            objectName: "followUpTake"
            Layout.fillWidth: true
            visible: actions.canTake
            text: qsTr("I'm on it")
            onClicked: actions.take()
        }
        Button {
            objectName: "followUpFixed"
            Layout.fillWidth: true
            visible: actions.canMarkFixed
            highlighted: true
            text: qsTr("Fixed")
            onClicked: if (actions.markFixed(note.text)) note.clear()
        }
        Button {
            objectName: "followUpVerify"
            Layout.fillWidth: true
            visible: actions.canVerify
            highlighted: true
            text: qsTr("Checked: close it")
            onClicked: actions.verify()
        }
        Button {
            objectName: "followUpReopen"
            Layout.fillWidth: true
            visible: actions.canReopen
            text: qsTr("Not fixed: reopen")
            onClicked: if (actions.reopen(note.text)) note.clear()
        }
        Button {
            objectName: "followUpRelease"
            Layout.fillWidth: true
            visible: actions.canRelease
            flat: true
            text: qsTr("Give it back")
            onClicked: actions.release()
        }
    }
}
