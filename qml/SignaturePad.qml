import QtQuick
import QtQuick.Controls

// A white pad the owner signs on with a finger (or the mouse). dataUrl() gives the
// drawing as "data:image/png;base64,..." for RenovationForm.setSignature().
Rectangle {
    id: pad

    // Each stroke is a list of points {x, y}.
    property var strokes: []
    property int strokeCount: 0
    readonly property bool empty: strokeCount === 0

    function clear(): void {
        strokes = []
        strokeCount = 0
        canvas.requestPaint()
    }

    function dataUrl(): string {
        return canvas.toDataURL("image/png")
    }

    // For tests and demos: a scribble across the pad, as if signed.
    function drawTestSignature(): void {
        const points = []
        for (let i = 0; i <= 24; ++i)
            points.push({"x": width * (0.1 + 0.8 * i / 24), "y": height * (0.5 + 0.25 * Math.sin(i * 1.3))})
        strokes.push(points)
        strokeCount = strokes.length
        canvas.requestPaint()
    }

    implicitHeight: 220
    color: "#FFFFFF"
    border.width: 2
    border.color: Theme.text
    radius: Theme.radius

    Canvas {
        id: canvas

        anchors.fill: parent
        anchors.margins: pad.border.width
        onPaint: {
            const ctx = getContext("2d")
            ctx.fillStyle = "#FFFFFF"
            ctx.fillRect(0, 0, width, height)
            ctx.strokeStyle = "#000000"
            ctx.lineWidth = 3
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            for (const stroke of pad.strokes) {
                if (stroke.length === 0)
                    continue
                ctx.beginPath()
                ctx.moveTo(stroke[0].x, stroke[0].y)
                for (let i = 1; i < stroke.length; ++i)
                    ctx.lineTo(stroke[i].x, stroke[i].y)
                if (stroke.length === 1)
                    ctx.lineTo(stroke[0].x + 0.5, stroke[0].y + 0.5)
                ctx.stroke()
            }
        }
    }

    Rectangle {
        // The line to sign on (over the drawing, not part of it).
        x: 24
        width: parent.width - 48
        y: parent.height * 0.75
        height: 1
        color: Theme.divider
    }

    Label {
        anchors.centerIn: parent
        visible: pad.empty
        text: qsTr("Owner signs here")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontTitle
    }

    MouseArea {
        objectName: "signatureArea"
        anchors.fill: parent
        // The list the pad sits in must not scroll while the owner signs.
        preventStealing: true
        onPressed: (mouse) => {
            pad.strokes.push([{"x": mouse.x, "y": mouse.y}])
            pad.strokeCount = pad.strokes.length
            canvas.requestPaint()
        }
        onPositionChanged: (mouse) => {
            if (pad.strokes.length === 0)
                return
            pad.strokes[pad.strokes.length - 1].push({"x": mouse.x, "y": mouse.y})
            canvas.requestPaint()
        }
    }
}
