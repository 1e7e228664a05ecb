import QtQuick
import QtQuick.Controls
import Patrolbook

// A one-line field whose text is saved as it is typed, keystroke by keystroke (a save is
// one small SQLite write), and again when editing ends or the app leaves the foreground
// (Android may kill it then), so an app killed mid-word loses nothing typed.
// `savedText` is what the store holds; save(text) is asked for whenever the field
// differs from it.
TextField {
    id: field

    property string savedText

    signal save(string text)

    function flush(): void {
        if (text !== savedText)
            save(text)
    }

    // The stored value, scrolled to its start: a long note reads from its beginning.
    function showSaved(): void {
        text = savedText
        if (!activeFocus)
            ensureVisible(0)
    }

    selectByMouse: true
    implicitHeight: Math.max(Theme.touch, implicitBackgroundHeight + topInset + bottomInset)
    Component.onCompleted: showSaved()
    // The store trims what it keeps: typing "a " must not lose its space while the field
    // is in use, yet another record's value (a form showing the next record) must show.
    onSavedTextChanged: if (!activeFocus || text.trim() !== savedText.trim()) showSaved()
    onTextEdited: flush()
    // A value the form refused (a required text emptied): the form says why, and the field
    // shows again what is kept rather than something that is not.
    onEditingFinished: {
        flush()
        if (text.trim() !== savedText.trim())
            showSaved()
    }
    onActiveFocusChanged: if (!activeFocus) ensureVisible(0)

    // Android may kill an app once it is in the background: the field is saved first.
    Connections {
        function onSuspending(): void {
            if (field.activeFocus) {
                field.flush()
            }
        }

        target: Session
    }
}
