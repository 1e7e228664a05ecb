import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia

// The camera, full screen, for one photo. Loaded by PhotoPicker only when a photo is
// taken on a phone; "Choose a file" falls back to the file dialog.
Item {
    id: capture

    property PhotoPicker picker

    Popup {
        id: popup

        parent: Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        modal: true
        padding: 0
        closePolicy: Popup.CloseOnEscape
        background: Rectangle {
            color: "#000000"
        }
        onClosed: if (capture.picker) capture.picker.closeCamera()

        CaptureSession {
            camera: Camera {
                id: camera

                active: popup.visible
            }
            imageCapture: ImageCapture {
                id: imageCapture

                onImageSaved: (requestId, path) => {
                    if (capture.picker)
                        capture.picker.deliver("file://" + path)
                }
                onErrorOccurred: (requestId, error, message) => status.text = message
            }
            videoOutput: output
        }

        VideoOutput {
            id: output

            anchors.fill: parent
            fillMode: VideoOutput.PreserveAspectFit
        }

        Label {
            id: status

            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.pad
            color: "#FFFFFF"
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            text: camera.errorString
        }

        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.pad
            spacing: Theme.gap

            Button {
                text: qsTr("Cancel")
                onClicked: popup.close()
            }
            Button {
                text: qsTr("Choose a file")
                onClicked: if (capture.picker) capture.picker.openFile()
            }
            Item {
                Layout.fillWidth: true
            }
            RoundButton {
                objectName: "takePhoto"
                implicitWidth: 76
                implicitHeight: 76
                enabled: imageCapture.readyForCapture
                text: qsTr("Take")
                highlighted: true
                onClicked: imageCapture.captureToFile("")
            }
        }
    }

    Component.onCompleted: popup.open()
}
