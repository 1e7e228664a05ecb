pragma Singleton
import QtQuick
import Patrolbook

// Colours and sizes of the field app. High contrast for sunlight: near-black text on
// white, saturated status colours, nothing light grey that carries meaning; touch
// targets at least 48 px, the answers of a checklist larger still (gloves).
QtObject {
    readonly property color primary: "#0B3D91"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color accent: "#C43E00"
    readonly property color text: "#111111"
    readonly property color textSecondary: "#37474F"
    readonly property color background: "#FFFFFF"
    readonly property color surface: "#EEF1F5"
    readonly property color divider: "#90A4AE"
    readonly property color selected: "#D6E4FF"

    readonly property color pass: "#1B5E20"
    readonly property color fail: "#B71C1C"
    readonly property color na: "#455A64"
    readonly property color idle: "#E0E4E8"

    readonly property color warningBack: "#FFF1C2"
    readonly property color warningText: "#4A3000"
    readonly property color warningEdge: "#D89A00"
    readonly property color errorBack: "#FDE2E1"
    readonly property color errorText: "#7F1010"
    readonly property color errorEdge: "#C62828"
    readonly property color infoBack: "#E1ECFF"
    readonly property color infoText: "#0B2E6B"
    readonly property color infoEdge: "#0B3D91"
    readonly property color okBack: "#DFF2E1"
    readonly property color okText: "#0F3D14"
    readonly property color okEdge: "#2E7D32"

    readonly property int touch: 48
    readonly property int bigTouch: 60
    readonly property int gap: 12
    readonly property int pad: 16
    readonly property int radius: 6
    readonly property int masterWidth: 380
    readonly property int railWidth: 168
    readonly property int wideBreak: 840

    readonly property int fontSmall: 14
    readonly property int fontBody: 16
    readonly property int fontTitle: 19
    readonly property int fontHeadline: 24

    // The colour of a checklist answer (a Values.ItemResult).
    function resultColor(result: int): color {
        switch (result) {
        case Values.ItemResult.Pass: return pass
        case Values.ItemResult.Fail: return fail
        case Values.ItemResult.NotApplicable: return na
        }
        return textSecondary
    }

    // The colour of a record's place with the server (a Values.SyncState).
    function syncColor(state: int): color {
        switch (state) {
        case Values.SyncState.Rejected:
        case Values.SyncState.Conflict: return fail
        case Values.SyncState.Pending: return accent
        }
        return pass
    }
}
