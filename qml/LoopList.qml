import QtQuick

// The list of a LoopListPage: its LoopDelegates say which record was tapped.
ListView {
    signal opened(string recordId)

    clip: true
}
