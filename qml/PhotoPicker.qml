import QtQuick
import QtQuick.Dialogs

// Where a photo comes from: the camera on a phone, an image file on a desktop (or when
// the user prefers one). picked(row, file) gives the line the photo is for and the file;
// failed(message) says, in the user's language, why no photo can be chosen.
Item {
    id: picker

    property int row: -1
    // The folder the file dialog opens in (it remembers the last one used).
    property alias folder: dialog.currentFolder
    readonly property bool dialogOpen: dialog.visible

    signal picked(int row, url file)
    signal failed(string message)

    // Opens the camera (phones) or the file dialog for the line `forRow`.
    function pick(forRow: int): void {
        row = forRow
        if (Qt.platform.os === "android" || Qt.platform.os === "ios")
            openCamera()
        else
            openFile()
    }

    // The QML modules the non-native file dialog is made of. Qt 6.4 crashes when one is
    // missing (a broken install), so they are tried first and a missing one is said.
    property var requiredModules: ["Qt.labs.folderlistmodel", "QtQuick.Dialogs.quickimpl"]

    function missingModule(): string {
        for (const module of requiredModules) {
            try {
                Qt.createQmlObject("import " + module + "\nimport QtQml\nQtObject {}", picker, "probe").destroy()
            } catch (e) {
                return module
            }
        }
        return ""
    }

    function openFile(): void {
        closeCamera()
        const missing = missingModule()
        if (missing !== "") {
            failed(qsTr("Photos cannot be chosen on this device: the Qt module %1 is not installed.").arg(missing))
            return
        }
        dialog.open()
    }

    function openCamera(): void {
        // Loaded on demand: the camera stack is not started until a photo is taken.
        camera.setSource(Qt.resolvedUrl("CameraCapture.qml"), {"picker": picker})
    }

    function closeCamera(): void {
        camera.source = ""
    }

    function deliver(file: url): void {
        closeCamera()
        picked(row, file)
    }

    FileDialog {
        id: dialog

        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.heic *.webp)"), qsTr("All files (*)")]
        onAccepted: picker.deliver(selectedFile)
    }

    Loader {
        id: camera

        asynchronous: false
    }
}
