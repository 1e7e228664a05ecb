#include "patrolbook/store_schema.hpp"

namespace patrolbook {

namespace {

// Frozen: a released step is never edited, only followed by a new one. The tables
// mirror the record Schemas; tests/shared/store_schema_test.cpp checks they still agree.
constexpr std::string_view v1 = R"sql(
CREATE TABLE property (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    kind TEXT NOT NULL,
    address TEXT,
    utc_offset_min INTEGER NOT NULL,
    rest_hours TEXT NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE building (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    floors INTEGER NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE checklist (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    area_type TEXT NOT NULL,
    name TEXT NOT NULL,
    revision INTEGER NOT NULL,
    items TEXT NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE area (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    building_id TEXT,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    area_type TEXT NOT NULL,
    checklist_id TEXT NOT NULL,
    center_lat REAL,
    center_lon REAL,
    center_accuracy REAL,
    radius_m REAL,
    patrol_every_days INTEGER NOT NULL,
    active INTEGER NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE staff (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    username TEXT NOT NULL,
    role TEXT NOT NULL,
    team TEXT,
    property_ids TEXT NOT NULL,
    phone TEXT,
    skills TEXT NOT NULL,
    active INTEGER NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE unit (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    building_id TEXT NOT NULL,
    number TEXT NOT NULL,
    floor INTEGER NOT NULL,
    area_sqm REAL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE owner (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    name TEXT NOT NULL,
    gender TEXT,
    phone TEXT,
    email TEXT,
    member INTEGER NOT NULL,
    member_card_no TEXT,
    channels TEXT NOT NULL,
    preferred_hours TEXT NOT NULL,
    car_plate TEXT,
    preferences TEXT,
    assigned_staff_id TEXT,
    assigned_at INTEGER,
    assigned_at_offset INTEGER,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE inspection (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    area_id TEXT NOT NULL,
    checklist_id TEXT NOT NULL,
    inspector_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    started_at_offset INTEGER NOT NULL,
    finished_at INTEGER,
    finished_at_offset INTEGER,
    status TEXT NOT NULL,
    position_lat REAL,
    position_lon REAL,
    position_accuracy REAL,
    note TEXT,
    device_id TEXT,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE inspection_item (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    inspection_id TEXT NOT NULL,
    item_code TEXT NOT NULL,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    result TEXT,
    note TEXT,
    photo_ids TEXT NOT NULL,
    answered_at INTEGER,
    answered_at_offset INTEGER,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE renovation_check (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    inspector_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    started_at_offset INTEGER NOT NULL,
    finished_at INTEGER,
    finished_at_offset INTEGER,
    status TEXT NOT NULL,
    contractor TEXT,
    permit_no TEXT,
    note TEXT,
    signature_photo_id TEXT,
    position_lat REAL,
    position_lon REAL,
    position_accuracy REAL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE renovation_item (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    check_id TEXT NOT NULL,
    item_code TEXT NOT NULL,
    title TEXT NOT NULL,
    result TEXT,
    note TEXT,
    photo_ids TEXT NOT NULL,
    rectify_by INTEGER,
    rectify_by_offset INTEGER,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE owner_visit (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    unit_id TEXT,
    staff_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    purpose TEXT NOT NULL,
    status TEXT NOT NULL,
    planned_at INTEGER,
    planned_at_offset INTEGER,
    visited_at INTEGER,
    visited_at_offset INTEGER,
    service_kind TEXT,
    service_ref TEXT,
    service_completed_at INTEGER,
    service_completed_at_offset INTEGER,
    outcome TEXT,
    note TEXT,
    suggestions TEXT,
    duration_min INTEGER,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE follow_up (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    source_entity TEXT NOT NULL,
    source_id TEXT,
    area_id TEXT,
    unit_id TEXT,
    description TEXT NOT NULL,
    assignee_id TEXT,
    due_at INTEGER,
    due_at_offset INTEGER,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_at_offset INTEGER NOT NULL,
    verified_by TEXT,
    verified_at INTEGER,
    verified_at_offset INTEGER,
    resolution TEXT,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE TABLE photo (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    mime_type TEXT NOT NULL,
    taken_at INTEGER NOT NULL,
    taken_at_offset INTEGER NOT NULL,
    position_lat REAL,
    position_lon REAL,
    position_accuracy REAL,
    record_entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;

CREATE INDEX area_property ON area (property_id);
CREATE INDEX unit_building ON unit (building_id);
CREATE INDEX owner_unit ON owner (unit_id);
CREATE INDEX owner_property ON owner (property_id, name);
CREATE INDEX inspection_area_started ON inspection (area_id, started_at);
CREATE INDEX inspection_started ON inspection (started_at);
CREATE INDEX inspection_item_parent ON inspection_item (inspection_id);
CREATE INDEX renovation_check_unit ON renovation_check (unit_id, started_at);
CREATE INDEX renovation_item_parent ON renovation_item (check_id);
CREATE INDEX owner_visit_owner ON owner_visit (owner_id);
CREATE INDEX owner_visit_status ON owner_visit (status, planned_at);
CREATE INDEX follow_up_status ON follow_up (status, due_at);
CREATE INDEX photo_record ON photo (record_id);

-- Every local change waits here until the server has acknowledged it. It is written in
-- the same transaction as the record; `fields` names what changed (a JSON array, or *
-- for every field), the values are read from the record when the change is pushed.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY,
    change_id TEXT, -- given when first sent; a retry sends the same
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    fields TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    -- (OR, not IN: SQLite builds a temporary index for an IN list on every insert)
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state = 'pending' OR state = 'sent' OR state = 'rejected'),
    attempts INTEGER NOT NULL DEFAULT 0,
    reason TEXT
);

-- Small device-wide settings: sync cursor, device id, signed-in user.
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// The app's "my records" list reads every record table newest first, a page at a time;
// without these, SQLite sorts three of the four tables again for each page. The visits
// index matches the list's expression exactly, or the planner cannot use it. The draft
// index finds a user's patrol in progress without reading every patrol of an area.
constexpr std::string_view v2 = R"sql(
CREATE INDEX renovation_check_started ON renovation_check (started_at);
CREATE INDEX owner_visit_when ON owner_visit (coalesce(visited_at, planned_at, 0));
CREATE INDEX follow_up_created ON follow_up (created_at);
CREATE INDEX inspection_draft ON inspection (inspector_id, area_id) WHERE status = 'draft';
)sql";

// The office's notices about a user's records (records/notice.hpp): Today lists the
// user's that still have issues.
constexpr std::string_view v3 = R"sql(
CREATE TABLE notice (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    record_entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    state TEXT NOT NULL,
    comment TEXT,
    reviewer_id TEXT,
    reviewed_at INTEGER NOT NULL,
    reviewed_at_offset INTEGER NOT NULL,
    record_version INTEGER NOT NULL,
    reply TEXT,
    corrected_at INTEGER,
    corrected_at_offset INTEGER,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
CREATE INDEX notice_recipient ON notice (recipient_id, state);
CREATE INDEX notice_record ON notice (record_id);
)sql";

// The closed loops (docs/domain.md, "Loops"): repair orders, complaints, handovers and
// the server's events of each loop's steps; a follow-up's after-photos and step note, a
// re-check's link to the check it looks at again, and a visit's rule and rest-hours
// flag. Tables that gain columns are rebuilt so the columns keep the records' order.
constexpr std::string_view v4 = R"sql(
CREATE TABLE repair_order (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    unit_id TEXT,
    owner_id TEXT,
    channel TEXT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    urgency TEXT NOT NULL,
    status TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    registered_at INTEGER NOT NULL,
    registered_at_offset INTEGER NOT NULL,
    assignee_id TEXT,
    team TEXT,
    dispatched_by TEXT,
    dispatched_at INTEGER,
    dispatched_at_offset INTEGER,
    accepted_at INTEGER,
    accepted_at_offset INTEGER,
    done_at INTEGER,
    done_at_offset INTEGER,
    before_photo_ids TEXT NOT NULL,
    after_photo_ids TEXT NOT NULL,
    materials TEXT,
    signature_photo_id TEXT,
    rating TEXT,
    rating_note TEXT,
    closed_at INTEGER,
    closed_at_offset INTEGER,
    step_note TEXT,
    step_at INTEGER,
    step_at_offset INTEGER,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
CREATE INDEX repair_order_status ON repair_order (status, registered_at);
CREATE INDEX repair_order_assignee ON repair_order (assignee_id, status);

CREATE TABLE complaint (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    unit_id TEXT,
    owner_id TEXT,
    complainant TEXT NOT NULL,
    channel TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    received_at_offset INTEGER NOT NULL,
    content TEXT NOT NULL,
    complaint_class TEXT NOT NULL,
    severity TEXT NOT NULL,
    escalated INTEGER NOT NULL,
    status TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    handler_id TEXT,
    judgement TEXT,
    cause TEXT,
    department TEXT,
    responsible_person TEXT,
    photo_ids TEXT NOT NULL,
    solution TEXT,
    approved_by TEXT,
    approved_at INTEGER,
    approved_at_offset INTEGER,
    penalty TEXT,
    consent TEXT,
    signature_photo_id TEXT,
    feedback TEXT,
    evaluation TEXT,
    improvement TEXT,
    closed_at INTEGER,
    closed_at_offset INTEGER,
    step_note TEXT,
    step_at INTEGER,
    step_at_offset INTEGER,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
CREATE INDEX complaint_status ON complaint (status, received_at);

CREATE TABLE handover (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    post TEXT NOT NULL,
    shift TEXT NOT NULL,
    shift_start INTEGER NOT NULL,
    shift_start_offset INTEGER NOT NULL,
    summary TEXT NOT NULL,
    open_items TEXT NOT NULL,
    handed_by TEXT NOT NULL,
    handed_at INTEGER NOT NULL,
    handed_at_offset INTEGER NOT NULL,
    to_staff_id TEXT,
    status TEXT NOT NULL,
    received_by TEXT,
    received_at INTEGER,
    received_at_offset INTEGER,
    receive_note TEXT,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
CREATE INDEX handover_status ON handover (status, handed_at);

CREATE TABLE loop_event (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    loop_entity TEXT NOT NULL,
    loop_id TEXT NOT NULL,
    action TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    at_offset INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    received_at_offset INTEGER NOT NULL,
    note TEXT,
    photo_ids TEXT NOT NULL,
    loop_version INTEGER NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
CREATE INDEX loop_event_loop ON loop_event (loop_id, at);

CREATE TABLE follow_up_v4 (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    source_entity TEXT NOT NULL,
    source_id TEXT,
    area_id TEXT,
    unit_id TEXT,
    description TEXT NOT NULL,
    assignee_id TEXT,
    due_at INTEGER,
    due_at_offset INTEGER,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_at_offset INTEGER NOT NULL,
    verified_by TEXT,
    verified_at INTEGER,
    verified_at_offset INTEGER,
    resolution TEXT,
    after_photo_ids TEXT NOT NULL,
    step_note TEXT,
    step_at INTEGER,
    step_at_offset INTEGER,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
INSERT INTO follow_up_v4
SELECT id, version, deleted, property_id, source_entity, source_id, area_id, unit_id, description, assignee_id,
       due_at, due_at_offset, status, created_by, created_at, created_at_offset, verified_by, verified_at,
       verified_at_offset, resolution, '[]', NULL, NULL, NULL, extra, pending_change
FROM follow_up;
DROP TABLE follow_up;
ALTER TABLE follow_up_v4 RENAME TO follow_up;
CREATE INDEX follow_up_status ON follow_up (status, due_at);
CREATE INDEX follow_up_created ON follow_up (created_at);
CREATE INDEX follow_up_assignee ON follow_up (assignee_id, status);

CREATE TABLE renovation_check_v4 (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    inspector_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    started_at_offset INTEGER NOT NULL,
    finished_at INTEGER,
    finished_at_offset INTEGER,
    status TEXT NOT NULL,
    contractor TEXT,
    permit_no TEXT,
    note TEXT,
    signature_photo_id TEXT,
    position_lat REAL,
    position_lon REAL,
    position_accuracy REAL,
    rechecks_id TEXT,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
INSERT INTO renovation_check_v4
SELECT id, version, deleted, property_id, unit_id, owner_id, kind, inspector_id, started_at, started_at_offset,
       finished_at, finished_at_offset, status, contractor, permit_no, note, signature_photo_id, position_lat,
       position_lon, position_accuracy, NULL, extra, pending_change
FROM renovation_check;
DROP TABLE renovation_check;
ALTER TABLE renovation_check_v4 RENAME TO renovation_check;
CREATE INDEX renovation_check_unit ON renovation_check (unit_id, started_at);
CREATE INDEX renovation_check_started ON renovation_check (started_at);
CREATE INDEX renovation_check_rechecks ON renovation_check (rechecks_id) WHERE rechecks_id IS NOT NULL;

CREATE TABLE owner_visit_v4 (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    unit_id TEXT,
    staff_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    purpose TEXT NOT NULL,
    status TEXT NOT NULL,
    planned_at INTEGER,
    planned_at_offset INTEGER,
    visited_at INTEGER,
    visited_at_offset INTEGER,
    service_kind TEXT,
    service_ref TEXT,
    service_completed_at INTEGER,
    service_completed_at_offset INTEGER,
    outcome TEXT,
    note TEXT,
    suggestions TEXT,
    duration_min INTEGER,
    rule TEXT NOT NULL,
    in_rest_hours INTEGER NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
INSERT INTO owner_visit_v4
SELECT id, version, deleted, property_id, owner_id, unit_id, staff_id, channel, purpose, status, planned_at,
       planned_at_offset, visited_at, visited_at_offset, service_kind, service_ref, service_completed_at,
       service_completed_at_offset, outcome, note, suggestions, duration_min, 'manual', 0, extra, pending_change
FROM owner_visit;
DROP TABLE owner_visit;
ALTER TABLE owner_visit_v4 RENAME TO owner_visit;
CREATE INDEX owner_visit_owner ON owner_visit (owner_id);
CREATE INDEX owner_visit_status ON owner_visit (status, planned_at);
CREATE INDEX owner_visit_when ON owner_visit (coalesce(visited_at, planned_at, 0));
CREATE INDEX owner_visit_service ON owner_visit (service_ref) WHERE service_ref IS NOT NULL;
)sql";

// Estate administration (docs/admin-api.md): the published revisions of checklist
// templates, the revision an inspection or renovation check was started on, the
// renovation standards as templates, and the patrol staff an area is assigned to.
// Tables that gain columns are rebuilt so the columns keep the records' order.
constexpr std::string_view v5 = R"sql(
CREATE TABLE checklist_revision (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    checklist_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    name TEXT NOT NULL,
    area_type TEXT NOT NULL,
    renovation_kind TEXT,
    items TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    published_at_offset INTEGER NOT NULL,
    published_by TEXT,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
CREATE INDEX checklist_revision_of ON checklist_revision (checklist_id, revision);

CREATE TABLE checklist_v5 (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    area_type TEXT NOT NULL,
    name TEXT NOT NULL,
    revision INTEGER NOT NULL,
    items TEXT NOT NULL,
    renovation_kind TEXT,
    published_at INTEGER,
    published_at_offset INTEGER,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
INSERT INTO checklist_v5
SELECT id, version, deleted, area_type, name, revision, items, NULL, NULL, NULL, extra, pending_change
FROM checklist;
DROP TABLE checklist;
ALTER TABLE checklist_v5 RENAME TO checklist;

CREATE TABLE area_v5 (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    building_id TEXT,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    area_type TEXT NOT NULL,
    checklist_id TEXT NOT NULL,
    center_lat REAL,
    center_lon REAL,
    center_accuracy REAL,
    radius_m REAL,
    patrol_every_days INTEGER NOT NULL,
    active INTEGER NOT NULL,
    assigned_staff_ids TEXT NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
INSERT INTO area_v5
SELECT id, version, deleted, property_id, building_id, name, code, area_type, checklist_id, center_lat, center_lon,
       center_accuracy, radius_m, patrol_every_days, active, '[]', extra, pending_change
FROM area;
DROP TABLE area;
ALTER TABLE area_v5 RENAME TO area;
CREATE INDEX area_property ON area (property_id);

CREATE TABLE inspection_v5 (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    area_id TEXT NOT NULL,
    checklist_id TEXT NOT NULL,
    inspector_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    started_at_offset INTEGER NOT NULL,
    finished_at INTEGER,
    finished_at_offset INTEGER,
    status TEXT NOT NULL,
    position_lat REAL,
    position_lon REAL,
    position_accuracy REAL,
    note TEXT,
    device_id TEXT,
    checklist_revision INTEGER NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
INSERT INTO inspection_v5
SELECT id, version, deleted, property_id, area_id, checklist_id, inspector_id, started_at, started_at_offset,
       finished_at, finished_at_offset, status, position_lat, position_lon, position_accuracy, note, device_id, 0,
       extra, pending_change
FROM inspection;
DROP TABLE inspection;
ALTER TABLE inspection_v5 RENAME TO inspection;
CREATE INDEX inspection_area_started ON inspection (area_id, started_at);
CREATE INDEX inspection_started ON inspection (started_at);
CREATE INDEX inspection_draft ON inspection (inspector_id, area_id) WHERE status = 'draft';

CREATE TABLE renovation_check_v5 (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    property_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    inspector_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    started_at_offset INTEGER NOT NULL,
    finished_at INTEGER,
    finished_at_offset INTEGER,
    status TEXT NOT NULL,
    contractor TEXT,
    permit_no TEXT,
    note TEXT,
    signature_photo_id TEXT,
    position_lat REAL,
    position_lon REAL,
    position_accuracy REAL,
    rechecks_id TEXT,
    checklist_id TEXT,
    checklist_revision INTEGER NOT NULL,
    extra TEXT,
    pending_change INTEGER
) WITHOUT ROWID;
INSERT INTO renovation_check_v5
SELECT id, version, deleted, property_id, unit_id, owner_id, kind, inspector_id, started_at, started_at_offset,
       finished_at, finished_at_offset, status, contractor, permit_no, note, signature_photo_id, position_lat,
       position_lon, position_accuracy, rechecks_id, NULL, 0, extra, pending_change
FROM renovation_check;
DROP TABLE renovation_check;
ALTER TABLE renovation_check_v5 RENAME TO renovation_check;
CREATE INDEX renovation_check_unit ON renovation_check (unit_id, started_at);
CREATE INDEX renovation_check_started ON renovation_check (started_at);
CREATE INDEX renovation_check_rechecks ON renovation_check (rechecks_id) WHERE rechecks_id IS NOT NULL;
)sql";

constexpr Migration steps[] = {
    {1, "record tables, outbox and meta", v1},
    {2, "indexes for the records list and drafts", v2},
    {3, "the office's notices about a user's records", v3},
    {4, "the closed loops: repair orders, complaints, handovers, loop events", v4},
    {5, "checklist revisions, renovation standards as templates, area assignment", v5},
};

} // namespace

std::span<const Migration> storeMigrations()
{
    return steps;
}

} // namespace patrolbook
