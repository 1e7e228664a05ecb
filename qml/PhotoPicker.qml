import QtQuick
import QtQuick.Dialogs

// Where a photo comes from: the camera on a phone, an image file on a desktop (or when
// the user prefers one). picked(row, file) gives the line the photo is for and the file.
Item {
    id: picker

    property int row: -1

    signal picked(int row, url file)

    // Opens the camera (phones) or the file dialog for the line `forRow`.
    function pick(forRow: int): void {
        row = forRow
        if (Qt.platform.os === "android" || Qt.platform.os === "ios")
            openCamera()
        else
            openFile()
    }

    function openFile(): void {
        closeCamera()
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
