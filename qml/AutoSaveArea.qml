import QtQuick
import QtQuick.Controls
import Patrolbook

// A several-line field saved as it is typed, like AutoSaveField. `required` marks it as
// needed: an empty one is outlined in red.
TextArea {
    id: area

    property string savedText
    property bool required: false

    signal save(string text)

    function flush(): void {
        if (text !== savedText)
            save(text)
    }

    wrapMode: TextEdit.Wrap
    padding: 12
    selectByMouse: true
    font.pixelSize: Theme.fontBody
    implicitHeight: Math.max(96, contentHeight + topPadding + bottomPadding)
    Component.onCompleted: text = savedText
    // As in AutoSaveField: keep what is being typed, show another record's value.
    onSavedTextChanged: if (!activeFocus || text.trim() !== savedText.trim()) text = savedText
    onTextChanged: if (activeFocus && text !== savedText) flush()
    // A value the form refused (a required text emptied): the form says why, and the field
    // shows again what is kept rather than something that is not.
    onEditingFinished: {
        flush()
        if (text.trim() !== savedText.trim())
            text = savedText
    }

    background: Rectangle {
        color: Theme.background
        radius: Theme.radius
        border.width: area.activeFocus ? 2 : 1
        border.color: area.required && area.text.trim() === "" ? Theme.fail
                      : area.activeFocus ? Theme.primary : Theme.divider
    }

    // Android may kill an app once it is in the background: the field is saved first.
    Connections {
        function onSuspending(): void {
            if (area.activeFocus) {
                area.flush()
            }
        }

        target: Session
    }
}
