import QtQuick
import QtQuick.Layouts
import Patrolbook

// How the owner is reached (phone, in person, SMS, e-mail): four large buttons, the
// current one filled. chosen(channel) gives the Values.ContactChannel.
GridLayout {
    id: picker

    property int current: Values.ContactChannel.Unset

    signal chosen(int channel)

    columns: width > 520 ? 4 : 2
    columnSpacing: 6
    rowSpacing: 0

    ResultButton {
        objectName: "channel_phone"
        Layout.fillWidth: true
        text: Vocabulary.channel(Values.ContactChannel.Phone)
        checked: picker.current === Values.ContactChannel.Phone
        onClicked: picker.chosen(Values.ContactChannel.Phone)
    }

    ResultButton {
        objectName: "channel_in_person"
        Layout.fillWidth: true
        text: Vocabulary.channel(Values.ContactChannel.InPerson)
        checked: picker.current === Values.ContactChannel.InPerson
        onClicked: picker.chosen(Values.ContactChannel.InPerson)
    }

    ResultButton {
        objectName: "channel_sms"
        Layout.fillWidth: true
        text: Vocabulary.channel(Values.ContactChannel.Sms)
        checked: picker.current === Values.ContactChannel.Sms
        onClicked: picker.chosen(Values.ContactChannel.Sms)
    }

    ResultButton {
        objectName: "channel_email"
        Layout.fillWidth: true
        text: Vocabulary.channel(Values.ContactChannel.Email)
        checked: picker.current === Values.ContactChannel.Email
        onClicked: picker.chosen(Values.ContactChannel.Email)
    }
}
