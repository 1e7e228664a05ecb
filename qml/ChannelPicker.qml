import QtQuick
import QtQuick.Layouts
import Patrolbook

// How the owner is reached (phone, in person, SMS, e-mail): four large buttons, the
// current one filled. chosen(channel) gives the stored value.
GridLayout {
    id: picker

    property string current

    signal chosen(string channel)

    columns: width > 520 ? 4 : 2
    columnSpacing: 6
    rowSpacing: 0

    ResultButton {
        objectName: "channel_phone"
        Layout.fillWidth: true
        text: Vocabulary.channel("phone")
        checked: picker.current === "phone"
        onClicked: picker.chosen("phone")
    }

    ResultButton {
        objectName: "channel_in_person"
        Layout.fillWidth: true
        text: Vocabulary.channel("in_person")
        checked: picker.current === "in_person"
        onClicked: picker.chosen("in_person")
    }

    ResultButton {
        objectName: "channel_sms"
        Layout.fillWidth: true
        text: Vocabulary.channel("sms")
        checked: picker.current === "sms"
        onClicked: picker.chosen("sms")
    }

    ResultButton {
        objectName: "channel_email"
        Layout.fillWidth: true
        text: Vocabulary.channel("email")
        checked: picker.current === "email"
        onClicked: picker.chosen("email")
    }
}
