import QtQuick
import Patrolbook

// The lines of a checklist (AnswerListModel) as one tall list inside the form's scroll
// area: every line stays instantiated, so a note being typed is never dropped by
// recycling. Declare it with `delegate: ChecklistItemDelegate {}`; the delegates report
// the user's answers through the signals below and the form saves them.
ListView {
    // Patrol: a failed line gets a follow-up (what, who, by when);
    // Renovation: a failed line gets a date to rectify by.
    enum Mode { Patrol, Renovation }

    property int mode: ChecklistView.Patrol
    // Who a follow-up can be given to (patrol mode).
    property StaffListModel staff
    // A finished form is shown, not edited.
    property bool readOnly: false
    // A finish was refused: the lines not answered are outlined and say so.
    property bool markMissing: false

    // result: a Values.ItemResult.
    signal resultChosen(int row, int result)
    signal noteEdited(int row, string note)
    signal photoRequested(int row)
    signal photoTapped(url source)
    signal followUpEdited(int row, string description, string assigneeId, string dueDate)
    signal rectifyByEdited(int row, string date)

    interactive: false
    spacing: Theme.gap
    implicitHeight: contentHeight
    cacheBuffer: 100000
}
