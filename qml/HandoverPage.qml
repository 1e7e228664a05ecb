import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Patrolbook

// 交接班, pushed from Today: the handovers waiting for the user to take over (confirm,
// with an optional note), a manager's handovers left unconfirmed past a shift, and the
// user's own handover to write (HandoverWriter).
Page {
    id: page

    objectName: "handoverPage"
    title: qsTr("Shift handover")

    header: PageHeader {
        title: page.title
    }

    HandoverForm {
        id: form
    }

    HandoverListModel {
        id: toConfirm

        queue: "confirm"
    }

    HandoverListModel {
        id: unconfirmed

        queue: "unconfirmed"
    }

    FormScroll {
        anchors.fill: parent

        Label {
            width: parent.width
            visible: toConfirm.count > 0
            text: qsTr("To take over (%1)").arg(toConfirm.count)
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Banner {
            objectName: "handoverError"
            width: parent.width
            kind: Banner.Error
            text: form.errorString
        }
        Repeater {
            objectName: "handoversToConfirm"
            model: toConfirm

            HandoverCard {
                width: parent ? parent.width : 0
                onReceived: (handoverId, note) => form.receive(handoverId, note)
            }
        }
        Label {
            width: parent.width
            visible: unconfirmed.count > 0
            text: qsTr("Not taken over a shift later (%1)").arg(unconfirmed.count)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.fail
        }
        Repeater {
            objectName: "handoversUnconfirmed"
            model: unconfirmed

            HandoverCard {
                width: parent ? parent.width : 0
            }
        }
        HandoverWriter {
            width: parent.width
            form: form
        }
    }
}
