pragma Singleton
import QtQuick

// The words for the values the store keeps ("car_park", "after_repair", "rejected"...),
// in the user's language. Unknown values are shown as they are rather than hidden.
QtObject {
    function areaType(v: string): string {
        switch (v) {
        case "lobby": return qsTr("Lobby")
        case "car_park": return qsTr("Car park")
        case "stairwell": return qsTr("Stairwell")
        case "garden": return qsTr("Garden")
        case "sales_hall": return qsTr("Sales hall")
        case "corridor": return qsTr("Corridor")
        case "lift": return qsTr("Lift")
        case "entrance": return qsTr("Entrance")
        case "playground": return qsTr("Playground")
        case "clubhouse": return qsTr("Clubhouse")
        case "equipment_room": return qsTr("Equipment room")
        case "perimeter": return qsTr("Perimeter")
        }
        return v
    }

    function category(v: string): string {
        switch (v) {
        case "details": return qsTr("Details")
        case "cleanliness": return qsTr("Cleanliness")
        case "facilities": return qsTr("Facilities and equipment")
        case "paving": return qsTr("Hard paving")
        case "greenery": return qsTr("Greenery")
        case "special": return qsTr("Special")
        case "renovation": return qsTr("Renovation")
        }
        return v
    }

    function result(v: string): string {
        switch (v) {
        case "pass": return qsTr("Pass")
        case "fail": return qsTr("Fail")
        case "na": return qsTr("N/A")
        case "": return qsTr("Not answered")
        }
        return v
    }

    function channel(v: string): string {
        switch (v) {
        case "phone": return qsTr("Phone")
        case "email": return qsTr("E-mail")
        case "sms": return qsTr("SMS")
        case "in_person": return qsTr("In person")
        }
        return v
    }

    function purpose(v: string): string {
        switch (v) {
        case "after_repair": return qsTr("After a repair")
        case "after_complaint": return qsTr("After a complaint")
        case "satisfaction": return qsTr("Satisfaction survey")
        case "holiday": return qsTr("Holiday or occasion")
        case "renewal": return qsTr("Membership renewal")
        case "new_owner": return qsTr("New owner")
        }
        return v
    }

    function outcome(v: string): string {
        switch (v) {
        case "satisfied": return qsTr("Satisfied")
        case "average": return qsTr("Average")
        case "unsatisfied": return qsTr("Unsatisfied")
        case "": return qsTr("No outcome yet")
        }
        return v
    }

    // Statuses of every kind of record (inspections, checks, visits, follow-ups).
    function status(v: string): string {
        switch (v) {
        case "draft": return qsTr("In progress")
        case "finished": return qsTr("Finished")
        case "planned": return qsTr("Planned")
        case "done": return qsTr("Done")
        case "unreachable": return qsTr("Unreachable")
        case "cancelled": return qsTr("Cancelled")
        case "open": return qsTr("Open")
        case "in_progress": return qsTr("Being fixed")
        case "fixed": return qsTr("Fixed, to check")
        case "closed": return qsTr("Closed")
        case "unresolved": return qsTr("Open or being fixed")
        }
        return v
    }

    function recordKind(v: string): string {
        switch (v) {
        case "inspection": return qsTr("Area patrol")
        case "renovation_check": return qsTr("Renovation check")
        case "owner_visit": return qsTr("Owner visit")
        case "follow_up": return qsTr("Follow-up")
        }
        return v
    }

    function renovationKind(v: string): string {
        switch (v) {
        case "patrol": return qsTr("Renovation patrol")
        case "acceptance": return qsTr("Acceptance")
        }
        return v
    }

    function syncState(v: string): string {
        switch (v) {
        case "synced": return qsTr("Sent")
        case "pending": return qsTr("Waiting to send")
        case "rejected": return qsTr("Refused by the server")
        case "conflict": return qsTr("Changed by someone else")
        }
        return v
    }

    // What the user can do about a sync problem, in plain words.
    function problemAdvice(kind: string, canDiscard: bool): string {
        if (kind === "conflict")
            return qsTr("Someone changed this record at the same time. The office's version was kept and yours is saved for review. Check the record, then mark it reviewed.")
        if (canDiscard)
            return qsTr("The server did not accept this change. Correct the record and send it again, or discard the change.")
        return qsTr("The server did not accept this change. Correct the record and send it again.")
    }

    function role(v: string): string {
        switch (v) {
        case "patrol": return qsTr("Patrol staff")
        case "specialist": return qsTr("Customer-service specialist")
        case "manager": return qsTr("Supervisor")
        case "office": return qsTr("Front desk")
        }
        return v
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

    // Numeric dates read the same in both languages; "" for no (or an invalid) date.
    function dateTime(value: var): string {
        return valid(value) ? Qt.formatDateTime(value, "yyyy-MM-dd hh:mm") : ""
    }

    function day(value: var): string {
        return valid(value) ? Qt.formatDate(value, "yyyy-MM-dd") : ""
    }

    function valid(value: var): bool {
        return value instanceof Date && !isNaN(value.getTime())
    }
}
