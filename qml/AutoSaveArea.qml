import QtQuick
import QtQuick.Controls

// A several-line field saved as it is typed (after a pause) and when editing ends, like
// AutoSaveField. `required` marks it as needed: an empty one is outlined in red.
TextArea {
    id: area

    property string savedText
    property int delay: 1000
    property bool required: false

    signal save(string text)

    function flush(): void {
        pause.stop()
        if (text !== savedText)
            save(text)
    }

    text: savedText
    wrapMode: TextEdit.Wrap
    padding: 12
    selectByMouse: true
    font.pixelSize: Theme.fontBody
    implicitHeight: Math.max(96, contentHeight + topPadding + bottomPadding)
    onTextChanged: if (activeFocus && text !== savedText) pause.restart()
    onEditingFinished: flush()

    background: Rectangle {
        color: Theme.background
        radius: Theme.radius
        border.width: area.activeFocus ? 2 : 1
        border.color: area.required && area.text.trim() === "" ? Theme.fail
                      : area.activeFocus ? Theme.primary : Theme.divider
    }

    Timer {
        id: pause

        interval: area.delay
        onTriggered: area.flush()
    }
}
