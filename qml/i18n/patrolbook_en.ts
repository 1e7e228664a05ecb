<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AreaDelegate</name>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AreaPicker</name>
        <message>
            <source>Search areas by name or code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nearest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for GPS…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No GPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No area matches “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No areas yet. They arrive with the first sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CameraCapture</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistItemDelegate</name>
        <message>
            <source>What did you see?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add photo</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n photo(s), %1 already sent</source>
            <translation>
                <numerusform>%n photo, %1 already sent</numerusform>
                <numerusform>%n photos, %1 already sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>Rectify by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not answered yet: choose pass, fail or N/A.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>yyyy-MM-dd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a date: write it as 2024-05-31</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>what was done, or why it is reopened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what is wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who fixes it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the owner&apos;s signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>visit time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please fill in: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This value is not valid: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some lines are not answered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a note: it is required unless the owner was satisfied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a verified follow-up can be closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The owner&apos;s signature is required to finish an acceptance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is inside the owner&apos;s rest hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The three-day limit for this visit has passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not accept your sign-in: check the username and password, or sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are not allowed to do this: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This phone&apos;s storage is full, so this was not saved. Free some space (photos, other apps) and try again; what was saved before is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server has a problem (%1). Your work is saved and will be sent later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not reach the server at %1, so you are not signed in. Check the address and that the device is online (Wi-Fi or mobile data), then tap Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server has a problem (%1), so you are not signed in. Try again in a few minutes; if it lasts, tell the office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The device&apos;s storage is busy; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record is no longer on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The records on this device were written by a newer Patrolbook. Update the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No connection to the server. Your work is saved on this device and will be sent when the network is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This version of Patrolbook is too old for the server. Update the app; your records stay on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a photo of the fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the reason, or what was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what happened on the shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>post</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpEditor</name>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is wrong and what must be done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who fixes it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix by</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Someone changed this record at the same time. The office&apos;s version was kept and yours is saved for review. Check the record, then mark it reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not accept this change. Correct the record and send it again, or discard the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not accept this change. Correct the record and send it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overdue by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 km</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Patrolbook</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <source>Patrolbook</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnerDelegate</name>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · last visit %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnerPicker</name>
        <message>
            <source>Owner name, unit or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing the first %1. Type more to narrow the search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody matches “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No owners yet. They arrive with the first sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PageHeader</name>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatrolForm</name>
        <message>
            <source>The position is imprecise (±%1 m). Step into the open and stamp it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are %1 m from %2. Is this the right area?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer every line before finishing. Not answered: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The position&apos;s accuracy is unknown. Check it is the right area.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatrolFormView</name>
        <message>
            <source>%1 of %2 answered</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message>
            <source>This patrol is finished. It goes to the office with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note on the whole patrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish patrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard this patrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard this patrol?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for a patrol started by mistake: its answers, notes and photos are removed from this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the office (optional)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PatrolPage</name>
        <message>
            <source>Pick an area to patrol.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renovation check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patrol saved. It goes to the office with the next sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoCache</name>
        <message>
            <source>The photo is on the server: connect to the network to see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not on the server yet, or not yours to see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in to see this photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The photo came damaged: it is fetched again next time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoPicker</name>
        <message>
            <source>Choose a photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.heic *.webp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos cannot be chosen on this device: the Qt module %1 is not installed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PositionCard</name>
        <message>
            <source>accuracy unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>±%1 m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No GPS on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for a GPS fix… Step outside or near a window if it takes long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GPS now: %1, %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stamped: %1, %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stamp the position again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stamp my position</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PositionProvider</name>
        <message>
            <source>Cannot replay the GPS log %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device has no position source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location permission is off for Patrolbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The position is not available.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemDelegate</name>
        <message>
            <source>Show record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemListModel</name>
        <message>
            <source>The server refused this change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed on the server too: one version was kept, the other saved for review.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickDayButton</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+%1 d</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordDelegate</name>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordDetail</name>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contractor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Permit number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rectify “%1” by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner&apos;s signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit due by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assigned to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raised by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2 (±%3 m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-check of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-checked by</source>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To be done by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatched by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Materials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner&apos;s rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rating note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last step&apos;s note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The manager is told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complainant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To be carried out by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Judgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Penalty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner&apos;s confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Came in by</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordDetailPage</name>
        <message>
            <source>Position: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record is no longer on this device.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordFilters</name>
        <message>
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only my records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordText</name>
        <message>
            <source>Review of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area patrol: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” in the patrol of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” in the renovation check of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit to %1 (%2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <source>Pick a record to see it in full.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search: area, owner, unit, text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No records match.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n of my records</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenovationFormView</name>
        <message>
            <source>%1 · %2 answered of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This check is finished. It goes to the office with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contractor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company or foreman</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Permit number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner&apos;s signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the saved signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish acceptance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the office (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-check the failures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open its re-check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-check of an earlier check: open it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RenovationPage</name>
        <message>
            <source>Renovation check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose patrol or acceptance, then the owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acceptance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check saved. It goes to the office with the next sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>The server address starts with http:// or https://, for example http://192.168.1.10:8080.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your username and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has changes on this device that are not sent yet. Sign in as %1 and sync first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n change waiting to be sent.</numerusform>
                <numerusform>%n changes waiting to be sent.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patrolbook %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Patrolbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area patrols, renovation checks and owner visits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://patrol.example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You need a network only this first time. After you sign in, the app works offline: everything you record is kept on this device and sent to the office when there is a network.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignOutDialog</name>
        <message>
            <source>Changes not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay signed in</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) were refused by the server and wait for you on the Sync screen.</source>
            <translation>
                <numerusform>%n change was refused by the server and waits for you on the Sync screen.</numerusform>
                <numerusform>%n changes were refused by the server and wait for you on the Sync screen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) on this device have not been sent to the office yet.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is thrown away: if you sign out now, the changes stay on this device and go out after you sign in again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Owner signs here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Everything is sent.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n change waiting to be sent.</numerusform>
                <numerusform>%n changes waiting to be sent.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending photos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync also runs by itself: a few seconds after every save, when the network comes back, and every few minutes while changes wait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs your attention (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard this change?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device has not synced yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” will not be sent. The office keeps what it has; this device gets the office&apos;s version at the next sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <source>Sign in to sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Show the newest three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned by the office (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A patrol is not finished yet. Everything you entered is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue the patrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Areas patrolled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner visits due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visits due. Well done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have a patrol not finished yet, started on another device.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitDueDelegate</name>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booked %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <source>%1 is inside the owner&apos;s rest hours. The next allowed time is %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Greet the owner by name and say who you are and which property you serve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask whether the repair is done to their satisfaction and still working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask whether the repair staff were on time, polite and left the place clean.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restate the complaint and what was done about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask whether the owner considers the matter resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask how satisfied they are with cleaning, security, greenery and the service desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask what one thing the property should do better.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the season&apos;s greetings and the holiday service arrangements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind the owner of the fee or contract renewal and answer their questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome the owner, explain the service hours and how to reach the service desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for their preferred contact channel and hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note their suggestions, thank them, and say when you will follow up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is the owner&apos;s rest time now. Do not call or visit before %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a date and a time (hh:mm) for the visit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitFormView</name>
        <message>
            <source>Visit recorded. It goes to the office with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noted that the owner could not be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Three-day limit: %1 (by %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note: what should improve (required unless the owner is satisfied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (required unless the owner is satisfied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner&apos;s suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not reach the owner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitPage</name>
        <message>
            <source>Find the owner to visit, or take a visit that is due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visits due.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitPlanner</name>
        <message>
            <source>Book another time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time (hh:mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 10:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book this time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitScript</name>
        <message>
            <source>What to say</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Review notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lobby</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Car park</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stairwell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Garden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entrance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Playground</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clubhouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equipment room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Perimeter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleanliness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilities and equipment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard paving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Greenery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patrol staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer-service specialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Front desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N/A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renovation patrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renovation acceptance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After a repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After a complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holiday or occasion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Membership renewal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsatisfied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renovation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moving in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Being fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fixed, to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From an area patrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a renovation check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From an owner visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entered by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Office building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commercial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open or being fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Property</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area patrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patrol line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renovation check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renovation line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused by the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No outcome yet</source>
            <translation type="unfinished" />
        </message>
        <message>
        <source>Planned by hand</source>
        <translation type="unfinished" />
    </message>
        <message>
            <source>Return visit after a service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First contact with a new owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member owner not yet visited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rated by the owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return-visited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plumbing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Electrical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Doors and windows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walls and floors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appliances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public facilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Judged valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investigated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solution proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solution approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carried out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Major</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid and reasonable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explained and closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by the owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verbal consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verify and close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reassign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-dispatch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refuse back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner's rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register the complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Judge valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explain and close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investigate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Propose a solution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carry out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close with a summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repair order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist revision</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeCard</name>
        <message>
            <source>The office asks you to put this right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply to the office (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrected: send for review</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpSteps</name>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it is not fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I'm on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked: close it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not fixed: reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After (%1 photo(s), some already sent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add another photo of the fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a photo of the fix</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpReassign</name>
        <message>
            <source>Give it to someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give it to them</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoopHistory</name>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpQueuePage</name>
        <message>
            <source>To verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n follow-up</numerusform>
                <numerusform>%n follow-ups</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing waits to be verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No follow-ups assigned to you. Well done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue: due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <source>Shift handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To take over (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not taken over a shift later (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverCard</name>
        <message>
            <source>Handed over by %1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open items carried over:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received: I take over</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverWriter</name>
        <message>
            <source>Hand over my shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post (front desk, gate, control room ...)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened on this shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carry over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over. The next person confirms it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoopsCard</name>
        <message>
            <source>My work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups assigned to me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repairs assigned to me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints I handle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups to verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint solutions to approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handovers to confirm</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n not taken over a shift later</source>
            <translation>
                <numerusform>%n not taken over a shift later</numerusform>
                <numerusform>%n not taken over a shift later</numerusform>
            </translation>
        </message>
        <message>
            <source>New repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New complaint</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintLists</name>
        <message>
            <source>Service attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repair quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleaning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Greening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engineering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finance</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RepairSteps</name>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason (for a re-dispatch or a refusal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After-photos: %1 · add another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an after-photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The owner has signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The owner signs here:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Materials used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the owner said</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintSteps</name>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it goes back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The explanation given to the owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos: %1 · add another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The solution proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The manager&apos;s evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improvement measures</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintCarryOut</name>
        <message>
            <source>Save the signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The owner has signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Penalty for the responsible person or department (if any)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The owner&apos;s feedback</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RepairRegisterPage</name>
        <message>
            <source>Register a repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is wrong, where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos: %1 · add another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintRegisterPage</name>
        <message>
            <source>Take a complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complainant (the owner if empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalated: the manager is told at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the complaint is about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take it in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoopListPage</name>
        <message>
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To dispatch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repairs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoopDelegate</name>
        <message>
            <source>Overdue · %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoopDetailPage</name>
        <message>
            <source>Complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repair</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
