#include "storage/server_schema.hpp"

namespace patrolbook::server {

namespace {

// Frozen once released; add steps, never edit them.
constexpr std::string_view v1 = R"sql(
-- Every record of every entity, as JSON: the server merges and checks fields generically
-- and hands pulls the stored text as it is. version is unique and grows with every
-- write: it is also the pull cursor.
CREATE TABLE record (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    property_id TEXT,          -- NULL: visible to every signed-in user (staff, checklists)
    parent_id TEXT,            -- an item's inspection or check, a photo's record
    deleted INTEGER NOT NULL DEFAULT 0,
    needs_review INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL,
    field_versions TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX record_version ON record (version);
CREATE INDEX record_parent ON record (parent_id) WHERE parent_id IS NOT NULL;

-- Each change id once: a retry gets the first answer.
CREATE TABLE applied_change (
    change_id TEXT PRIMARY KEY NOT NULL,
    account_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    reason TEXT,
    applied_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Values that lost a conflict, for a manager's review.
CREATE TABLE conflict (
    seq INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    losing_value TEXT,
    winning_value TEXT,
    change_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX conflict_record ON conflict (record_id);

-- A sign-in for a staff record (its id is the staff id).
CREATE TABLE account (
    id TEXT PRIMARY KEY NOT NULL,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Only the SHA-256 of a token is kept.
CREATE TABLE token (
    hash TEXT PRIMARY KEY NOT NULL,
    account_id TEXT NOT NULL REFERENCES account (id),
    device_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE login_failure (
    username TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX login_failure_user ON login_failure (username, at);

CREATE TABLE server_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// The record table keyed by version: a pull reads it in version order, now straight off
// the table instead of through an index and one key search per row (about half of a
// pull's server time), and a push appends its rows at the end. (entity, id) becomes a
// unique index.
constexpr std::string_view v2 = R"sql(
CREATE TABLE record_by_version (
    version INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    property_id TEXT,
    parent_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    needs_review INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL,
    field_versions TEXT NOT NULL
);
INSERT INTO record_by_version (version, entity, id, property_id, parent_id, deleted, needs_review, fields,
                               field_versions)
    SELECT version, entity, id, property_id, parent_id, deleted, needs_review, fields, field_versions FROM record;
DROP TABLE record;
ALTER TABLE record_by_version RENAME TO record;
CREATE UNIQUE INDEX record_key ON record (entity, id);
CREATE INDEX record_parent ON record (parent_id) WHERE parent_id IS NOT NULL;
)sql";

// The change that created a record is remembered in the record's own row rather than as
// a row of the change log: nearly every change a device sends creates a record, and its
// log row (a second B-tree insert, into a key SQLite keeps rebalancing) was an eighth of a
// push's work. A retry is found through the record it names (see PushRun). The log keeps
// every other change, and creations whose change id came twice in one push.
constexpr std::string_view v3 = R"sql(
ALTER TABLE record ADD COLUMN created_by TEXT;       -- the change id
ALTER TABLE record ADD COLUMN created_account TEXT;
ALTER TABLE record ADD COLUMN created_at INTEGER;    -- ms since the epoch, server clock
ALTER TABLE record ADD COLUMN created_version INTEGER;
)sql";

// Failed sign-ins by source address as well as by username (AccountRepo's login
// throttle): a lock-out falls on the address that guessed, not on the user. The old rows
// carry no address and at most 15 minutes of meaning: they are dropped.
constexpr std::string_view v4 = R"sql(
DROP TABLE login_failure;
CREATE TABLE login_failure (
    seq INTEGER PRIMARY KEY,
    address TEXT NOT NULL,     -- IPv4, or an IPv6 /64 prefix
    username TEXT NOT NULL,    -- at most 64 bytes (AuthService::maxUsernameBytes)
    at INTEGER NOT NULL        -- ms since the epoch, server clock
);
CREATE INDEX login_failure_user ON login_failure (username, at);
CREATE INDEX login_failure_address ON login_failure (address, at);
CREATE INDEX login_failure_at ON login_failure (at);
)sql";

// Photo bytes have owners: who uploaded them (an upload stays theirs, and counts against
// their quota, until a photo record they made names it). Photos already referenced by a
// record are recorded as uploaded by that record's maker ('' when not known: records of
// servers before version 3), so that they stay visible as they were; files nobody's
// record names expire. The index finds a photo's records by hash. (IF NOT EXISTS: the
// upgrade tests put a database back into an older layout by its version number.)
constexpr std::string_view v5 = R"sql(
CREATE TABLE IF NOT EXISTS photo_upload (
    sha256 TEXT NOT NULL,
    account_id TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    uploaded_at INTEGER NOT NULL,   -- ms since the epoch, server clock
    PRIMARY KEY (sha256, account_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS photo_upload_account ON photo_upload (account_id);
CREATE INDEX IF NOT EXISTS record_photo_sha ON record (json_extract(fields, '$.sha256')) WHERE entity = 'photo';
INSERT OR IGNORE INTO photo_upload (sha256, account_id, bytes, uploaded_at)
    SELECT json_extract(fields, '$.sha256'), coalesce(created_account, ''),
           coalesce(json_extract(fields, '$.size_bytes'), 0),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM record WHERE entity = 'photo' AND deleted = 0 AND json_extract(fields, '$.sha256') IS NOT NULL;
)sql";

// The office console's list (docs/console-api.md): one row per reviewable record
// (patrol, renovation check, owner visit, follow-up) with the columns its filters and
// its newest-first keyset paging need, typed and indexed, so a page is an index range
// and never a scan of JSON text. It is brought up to date by the console itself before
// it reads (ConsoleRepo::catchUp: the records written since, found by version), not by
// triggers: a trigger on the record table made every push write pay a statement journal
// and a second row, half again the server's CPU per inspection.
constexpr std::string_view v6 = R"sql(
CREATE TABLE IF NOT EXISTS console_record (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    property_id TEXT NOT NULL,
    staff_id TEXT,             -- who did it: inspector_id, staff_id, created_by
    assignee_id TEXT,          -- a follow-up's assignee
    at_ms INTEGER NOT NULL,    -- started, visited (else planned) or created; UTC ms
    status TEXT,
    failed_lines INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS console_record_property ON console_record (property_id, at_ms, id);
CREATE INDEX IF NOT EXISTS console_record_staff ON console_record (staff_id, at_ms, id);
CREATE INDEX IF NOT EXISTS console_record_assignee ON console_record (assignee_id, at_ms, id)
    WHERE assignee_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS console_record_failed ON console_record (property_id, at_ms, id) WHERE failed_lines > 0;
CREATE INDEX IF NOT EXISTS record_follow_up_source ON record (json_extract(fields, '$.source_id'))
    WHERE entity = 'follow_up';
)sql";

// The office's review of a record (docs/console-api.md, "Review"): every act with its
// comment, kept (the record's history shows them), the newest in force. And for the
// statistics ("Statistics"), a patrol's and a follow-up's area. Both are columns of
// console_record, indexed, so a list filtered by review state or area, and patrols per
// area, are index ranges. catchUp works the review out again whenever it rewrites a
// record's row (a record marked "has issues" and corrected since is back to "received").
// console_record is derived from the record table, so it is made anew with the columns
// (DROP and CREATE rather than ALTER: the upgrade tests run steps again on a database
// that has them) and refilled by the next catchUp, which starts over when
// console_version is gone. Owners: the member owners of a property, by an index on the
// member flag, so coverage reads the members and never every owner's JSON.
constexpr std::string_view v7 = R"sql(
CREATE TABLE IF NOT EXISTS review (
    seq INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    state TEXT NOT NULL,             -- received, approved, has_issues, rejected
    comment TEXT,
    record_version INTEGER NOT NULL, -- the version the reviewer saw
    account_id TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS review_record ON review (entity, record_id, seq);
DROP TABLE IF EXISTS console_record;
CREATE TABLE console_record (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    property_id TEXT NOT NULL,
    staff_id TEXT,             -- who did it: inspector_id, staff_id, created_by
    assignee_id TEXT,          -- a follow-up's assignee
    at_ms INTEGER NOT NULL,    -- started, visited (else planned) or created; UTC ms
    status TEXT,
    failed_lines INTEGER NOT NULL DEFAULT 0,
    area_id TEXT,              -- a patrol's or a follow-up's area
    review TEXT NOT NULL DEFAULT 'received',
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
CREATE INDEX console_record_property ON console_record (property_id, at_ms, id);
CREATE INDEX console_record_staff ON console_record (staff_id, at_ms, id);
CREATE INDEX console_record_assignee ON console_record (assignee_id, at_ms, id) WHERE assignee_id IS NOT NULL;
CREATE INDEX console_record_failed ON console_record (property_id, at_ms, id) WHERE failed_lines > 0;
CREATE INDEX console_record_review ON console_record (property_id, review, at_ms, id);
CREATE INDEX console_record_area ON console_record (area_id, at_ms, id) WHERE area_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS record_owner_member ON record (property_id, json_extract(fields, '$.member'))
    WHERE entity = 'owner';
DELETE FROM server_meta WHERE key = 'console_version';
)sql";

// The history of a record (docs/console-api.md, "History"): every change of a stored
// record, with who, from which device, when, and each field's old and new value,
// written by the push in the transaction of the change. A record's creation is not
// repeated here: its row keeps the creating change, account and time (step 3), and
// nearly every change a device sends creates one, so a push of new records writes no
// history rows. A manager's decision on a conflict is kept beside the conflict, and the
// change it makes is history like any other. A review's notice to the author's phone
// (records/notice.hpp) is found by the record it is about.
constexpr std::string_view v8 = R"sql(
CREATE TABLE IF NOT EXISTS record_history (
    seq INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,     -- the record's version after the change
    action TEXT NOT NULL,         -- edited, deleted, restored, resolved
    changes TEXT NOT NULL,        -- {"field": [old, new], ...}
    change_id TEXT,               -- the device's change; NULL for the console's
    account_id TEXT NOT NULL,
    device_id TEXT NOT NULL,      -- the token's device, or "console"
    at_ms INTEGER NOT NULL        -- server clock
);
CREATE INDEX IF NOT EXISTS record_history_record ON record_history (entity, record_id, seq);
CREATE TABLE IF NOT EXISTS conflict_decision (
    conflict_seq INTEGER PRIMARY KEY,   -- conflict.seq
    choice TEXT NOT NULL,               -- kept (the value in force) or restored (the set-aside one)
    account_id TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    version INTEGER                     -- the record's version the restoring change made
);
CREATE INDEX IF NOT EXISTS conflict_at ON conflict (at);
CREATE INDEX IF NOT EXISTS record_notice_target ON record (json_extract(fields, '$.record_id')) WHERE entity = 'notice';
)sql";

// The console's search and its building filter (docs/console-api.md, "Search"). A
// record's building (an owner visit's or a renovation check's unit's, a patrol's area's,
// a follow-up's unit's or area's) is a column of console_record, indexed, so a list by
// building is an index range like one by area. Its text (notes, the lines' notes,
// descriptions, suggestions, the owner's, unit's, area's and building's names) is a row of
// console_text, an FTS5 table with the trigram tokenizer: Chinese has no spaces to split
// words at, and trigrams find any substring of three characters or more in any script.
// Its rowid is console_record.text_id (the record's version when its row was written), so
// a match is an index probe back to its row. Both are derived: made anew and refilled by
// the next catchUp (console_version deleted), like step 7.
constexpr std::string_view v9 = R"sql(
DROP TABLE IF EXISTS console_text;
CREATE VIRTUAL TABLE console_text USING fts5(body, tokenize = 'trigram');
DROP TABLE IF EXISTS console_record;
CREATE TABLE console_record (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    property_id TEXT NOT NULL,
    staff_id TEXT,             -- who did it: inspector_id, staff_id, created_by
    assignee_id TEXT,          -- a follow-up's assignee
    at_ms INTEGER NOT NULL,    -- started, visited (else planned) or created; UTC ms
    status TEXT,
    failed_lines INTEGER NOT NULL DEFAULT 0,
    area_id TEXT,              -- a patrol's or a follow-up's area
    review TEXT NOT NULL DEFAULT 'received',
    building_id TEXT,          -- the unit's building, else the area's
    text_id INTEGER NOT NULL,  -- its console_text row
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
CREATE INDEX console_record_property ON console_record (property_id, at_ms, id);
CREATE INDEX console_record_staff ON console_record (staff_id, at_ms, id);
CREATE INDEX console_record_assignee ON console_record (assignee_id, at_ms, id) WHERE assignee_id IS NOT NULL;
CREATE INDEX console_record_failed ON console_record (property_id, at_ms, id) WHERE failed_lines > 0;
CREATE INDEX console_record_review ON console_record (property_id, review, at_ms, id);
CREATE INDEX console_record_area ON console_record (area_id, at_ms, id) WHERE area_id IS NOT NULL;
CREATE INDEX console_record_building ON console_record (building_id, at_ms, id) WHERE building_id IS NOT NULL;
CREATE UNIQUE INDEX console_record_text ON console_record (text_id);
DELETE FROM server_meta WHERE key = 'console_version';
)sql";

// The office's lists of loops (repair orders, complaints, handovers) and the manager's
// queue: loop_record, a row per loop with what the lists filter and sort by, kept by
// LoopIndex in the same pass as console_record (the record table's JSON would need an
// expression index per filter and per entity's time field). Times are UTC ms; due_ms is
// when an open loop becomes overdue (LoopIndex). Derived: refilled by the next catchUp.
constexpr std::string_view v10 = R"sql(
DROP TABLE IF EXISTS loop_record;
CREATE TABLE loop_record (
    entity TEXT NOT NULL,      -- repair_order, complaint, handover, follow_up
    id TEXT NOT NULL,
    property_id TEXT NOT NULL,
    at_ms INTEGER NOT NULL,    -- registered, received or handed; UTC ms
    status TEXT NOT NULL,
    level TEXT,                -- a repair's urgency, a complaint's severity
    handler_id TEXT,           -- assignee, handler, the next shift's person
    due_ms INTEGER,            -- overdue after this while open
    closed_ms INTEGER,         -- closed (a complaint: also explained), received
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
CREATE INDEX loop_record_list ON loop_record (property_id, entity, at_ms, id);
CREATE INDEX loop_record_status ON loop_record (property_id, entity, status, at_ms, id);
CREATE INDEX IF NOT EXISTS record_loop_event ON record (json_extract(fields, '$.loop_id')) WHERE entity = 'loop_event';
CREATE INDEX IF NOT EXISTS record_visit_service ON record (json_extract(fields, '$.service_ref'))
    WHERE entity = 'owner_visit';
DELETE FROM server_meta WHERE key = 'console_version';
)sql";

constexpr Migration steps[] = {
    {1, "records, applied changes, conflicts, accounts, tokens", v1},
    {2, "records kept in version order", v2},
    {3, "a record's creating change kept in its row", v3},
    {4, "failed sign-ins by address and username", v4},
    {5, "photo uploads have owners", v5},
    {6, "the office console's list of records, indexed", v6},
    {7, "the office's review of records; statistics: a record's area, member owners indexed", v7},
    {8, "the history of records; decisions on conflicts", v8},
    {9, "the console's search (FTS5 trigram) and building filter", v9},
    {10, "the office's lists of loops", v10},
};

} // namespace

std::span<const Migration> serverMigrations()
{
    return steps;
}

} // namespace patrolbook::server
