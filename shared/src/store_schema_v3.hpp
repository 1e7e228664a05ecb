#pragma once

// Store schema step 3, frozen like every released step (see store_schema.cpp).

#include <string_view>

namespace patrolbook {

// A change's "fields" object made when its record is saved, so that a push sends it as it
// is instead of reading every record back and writing its JSON again (a third of a push's
// device time). Only ever a copy: an entry without one is read from its record as before.
// The triggers keep it from going stale whatever writes the record or the entry: an
// update of a value of a record with a change waiting, or of an entry's field list, drops
// the copy (the store then makes it again). They name every column but the version and
// the pending change, so that settling an answer does not run them (9,000 instructions a
// row when it did); tests/shared/outbox_values_test.cpp checks they name every column.
// The copy goes with its entry, deleted beside it (a trigger per deleted entry cost more
// than the copy saves), and every new entry writes its own over whatever a reused seq left.
inline constexpr std::string_view storeSchemaV3 = R"sql(
CREATE TABLE outbox_values (
    seq INTEGER PRIMARY KEY, -- the outbox entry's
    fields TEXT NOT NULL,
    parent_id TEXT -- an item's inspection or check
);
CREATE TRIGGER outbox_values_fields AFTER UPDATE OF entity, record_id, fields, deleted ON outbox BEGIN
    DELETE FROM outbox_values WHERE seq = NEW.seq;
END;
CREATE TRIGGER property_values_stale AFTER UPDATE OF deleted, name, code, kind, address,
    utc_offset_min, rest_hours, extra ON property
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER property_values_gone AFTER DELETE ON property WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER building_values_stale AFTER UPDATE OF deleted, property_id, name, code, floors, extra ON building
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER building_values_gone AFTER DELETE ON building WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER checklist_values_stale AFTER UPDATE OF deleted, area_type, name, revision, items,
    extra ON checklist
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER checklist_values_gone AFTER DELETE ON checklist WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER area_values_stale AFTER UPDATE OF deleted, property_id, building_id, name, code,
    area_type, checklist_id, center_lat, center_lon, center_accuracy, radius_m, patrol_every_days,
    active, extra ON area
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER area_values_gone AFTER DELETE ON area WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER staff_values_stale AFTER UPDATE OF deleted, name, username, role, team,
    property_ids, phone, skills, active, extra ON staff
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER staff_values_gone AFTER DELETE ON staff WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER unit_values_stale AFTER UPDATE OF deleted, property_id, building_id, number, floor,
    area_sqm, extra ON unit
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER unit_values_gone AFTER DELETE ON unit WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER owner_values_stale AFTER UPDATE OF deleted, property_id, unit_id, name, gender,
    phone, email, member, member_card_no, channels, preferred_hours, car_plate, preferences,
    assigned_staff_id, assigned_at, assigned_at_offset, extra ON owner
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER owner_values_gone AFTER DELETE ON owner WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER inspection_values_stale AFTER UPDATE OF deleted, property_id, area_id, checklist_id,
    inspector_id, started_at, started_at_offset, finished_at, finished_at_offset, status,
    position_lat, position_lon, position_accuracy, note, device_id, extra ON inspection
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER inspection_values_gone AFTER DELETE ON inspection WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER inspection_item_values_stale AFTER UPDATE OF deleted, inspection_id, item_code,
    category, title, result, note, photo_ids, answered_at, answered_at_offset, extra ON inspection_item
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER inspection_item_values_gone AFTER DELETE ON inspection_item WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER renovation_check_values_stale AFTER UPDATE OF deleted, property_id, unit_id,
    owner_id, kind, inspector_id, started_at, started_at_offset, finished_at, finished_at_offset,
    status, contractor, permit_no, note, signature_photo_id, position_lat, position_lon,
    position_accuracy, extra ON renovation_check
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER renovation_check_values_gone AFTER DELETE ON renovation_check WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER renovation_item_values_stale AFTER UPDATE OF deleted, check_id, item_code, title,
    result, note, photo_ids, rectify_by, rectify_by_offset, extra ON renovation_item
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER renovation_item_values_gone AFTER DELETE ON renovation_item WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER owner_visit_values_stale AFTER UPDATE OF deleted, property_id, owner_id, unit_id,
    staff_id, channel, purpose, status, planned_at, planned_at_offset, visited_at,
    visited_at_offset, service_kind, service_ref, service_completed_at,
    service_completed_at_offset, outcome, note, suggestions, duration_min, extra ON owner_visit
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER owner_visit_values_gone AFTER DELETE ON owner_visit WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER follow_up_values_stale AFTER UPDATE OF deleted, property_id, source_entity,
    source_id, area_id, unit_id, description, assignee_id, due_at, due_at_offset, status,
    created_by, created_at, created_at_offset, verified_by, verified_at, verified_at_offset,
    resolution, extra ON follow_up
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER follow_up_values_gone AFTER DELETE ON follow_up WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
CREATE TRIGGER photo_values_stale AFTER UPDATE OF deleted, sha256, size_bytes, width, height,
    mime_type, taken_at, taken_at_offset, position_lat, position_lon, position_accuracy,
    record_entity, record_id, extra ON photo
    WHEN NEW.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
    DELETE FROM outbox_values WHERE seq = NEW.pending_change;
END;
CREATE TRIGGER photo_values_gone AFTER DELETE ON photo WHEN OLD.pending_change IS NOT NULL BEGIN
    DELETE FROM outbox_values WHERE seq = OLD.pending_change;
END;
)sql";

} // namespace patrolbook
