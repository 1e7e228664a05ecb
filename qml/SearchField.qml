import QtQuick
import QtQuick.Controls

// A search box that applies what is typed after a short pause (so a list of thousands is
// not filtered on every key), and at once on Enter.
TextField {
    id: field

    // The text in effect; bind a model's filterText to it.
    property string query
    property int delay: 250

    signal queryEdited(string query)

    implicitHeight: Math.max(Theme.touch, implicitBackgroundHeight + topInset + bottomInset)
    placeholderText: qsTr("Search")
    inputMethodHints: Qt.ImhNoPredictiveText
    selectByMouse: true
    onTextChanged: pause.restart()
    onAccepted: apply()

    // Empties the box and the query at once (no pause).
    function clear(): void {
        text = ""
        apply()
    }

    function apply(): void {
        pause.stop()
        if (query !== text) {
            query = text
            queryEdited(text)
        }
    }

    Timer {
        id: pause

        interval: field.delay
        onTriggered: field.apply()
    }
}
