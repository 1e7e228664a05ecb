pragma Singleton
import QtQuick

// The screen's own words that are not stored values: navigation, time left, distance,
// the advice on a sync problem. Stored values are worded by the Vocabulary singleton (C++),
// the one table shared with the C++ side, by the Values enums the models hand QML.
QtObject {
    // What the user can do about a sync problem, in plain words.
    function problemAdvice(conflict: bool, canDiscard: bool): string {
        if (conflict)
            return qsTr("Someone changed this record at the same time. The office's version was kept and yours is saved for review. Check the record, then mark it reviewed.")
        if (canDiscard)
            return qsTr("The server did not accept this change. Correct the record and send it again, or discard the change.")
        return qsTr("The server did not accept this change. Correct the record and send it again.")
    }

    // The navigation entries ("today", "patrol", ...).
    function nav(key: string): string {
        switch (key) {
        case "today": return qsTr("Today")
        case "patrol": return qsTr("Patrol")
        case "visits": return qsTr("Visits")
        case "records": return qsTr("Records")
        case "sync": return qsTr("Sync")
        case "settings": return qsTr("Settings")
        }
        return key
    }

    // "2 d 5 h left", "3 h 10 min left", "overdue by 1 d 2 h".
    function timeLeft(minutes: int): string {
        const m = Math.abs(minutes)
        const d = Math.floor(m / 1440)
        const h = Math.floor((m % 1440) / 60)
        const min = m % 60
        let span
        if (d > 0)
            span = qsTr("%1 d %2 h").arg(d).arg(h)
        else if (h > 0)
            span = qsTr("%1 h %2 min").arg(h).arg(min)
        else
            span = qsTr("%1 min").arg(min)
        return minutes < 0 ? qsTr("overdue by %1").arg(span) : qsTr("%1 left").arg(span)
    }

    // "85 m", "1.2 km"; "" when unknown (negative).
    function distance(metres: real): string {
        if (metres < 0)
            return ""
        if (metres < 1000)
            return qsTr("%1 m").arg(Math.round(metres))
        return qsTr("%1 km").arg((metres / 1000).toFixed(1))
    }
}
