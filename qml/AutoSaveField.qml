import QtQuick
import QtQuick.Controls

// A one-line field whose text is saved as it is typed (after a pause) and when editing
// ends, so an app killed mid-word loses at most a second of typing. `savedText` is what
// the store holds; save(text) is asked for whenever the field differs from it.
TextField {
    id: field

    property string savedText
    property int delay: 1000

    signal save(string text)

    function flush(): void {
        pause.stop()
        if (text !== savedText)
            save(text)
    }

    text: savedText
    selectByMouse: true
    implicitHeight: Math.max(Theme.touch, implicitBackgroundHeight + topInset + bottomInset)
    onTextEdited: pause.restart()
    onEditingFinished: flush()

    Timer {
        id: pause

        interval: field.delay
        onTriggered: field.flush()
    }
}
