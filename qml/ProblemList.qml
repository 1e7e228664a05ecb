import QtQuick

// Records the server would not take as they are (ProblemListModel). Declare it with
// `delegate: ProblemDelegate {}`; the user's answers come out as signals.
ListView {
    signal retryRequested(real seq)
    signal discardRequested(real seq, string title)
    signal acknowledgeRequested(string entity, string recordId)
    signal openRequested(string entity, string recordId)

    spacing: Theme.gap
    interactive: false
    implicitHeight: contentHeight
}
