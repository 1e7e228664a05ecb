#pragma once

#include "auth/principal.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook::server {

// Where an entity's records belong: their own property_id field, their parent's
// property (items, photos), themselves (property) or everyone (staff, checklists).
struct EntityPlacement {
    bool deviceWritable = false;
    const char* parentField = nullptr; // field naming the parent record
    const char* parentEntity = nullptr; // fixed parent entity, or nullptr: read it from parentEntityField
    const char* parentEntityField = nullptr;
    bool ownProperty = false; // property_id is a field of the record
    bool global = false; // visible to everyone signed in
};

std::optional<EntityPlacement> placementOf(const std::string& entity);

// A checklist item of an inspection or a renovation check.
bool isItem(const std::string& entity);

// The record a child (an item, a photo) names as its parent; nullopt for other records.
struct ParentRef {
    std::string entity;
    std::string id;
};

// A record's field values as the rules read them, null when absent: from a Json object,
// or from a typed record read straight from a push's text.
using FieldLookup = std::function<sync::Json(const char* name)>;
FieldLookup lookupIn(const sync::Json& fields);

// A string field's value, "" when absent or not a string.
std::string textField(const sync::Json& fields, const char* name);
std::string textField(const FieldLookup& fields, const char* name);

std::optional<ParentRef> parentOf(const EntityPlacement& placement, const FieldLookup& fields);
std::optional<ParentRef> parentOf(const EntityPlacement& placement, const sync::Json& fields);

// Whose work a record is, and whether it is closed, as the ownership rule reads it: an
// inspection's or renovation check's inspector, a visit's staff member, a follow-up's
// creator and assignee (empty for records nobody owns: reference data). A finished
// inspection or renovation check and a closed follow-up are closed.
struct Ownership {
    std::vector<std::string> owners;
    bool closed = false;
    bool desk = false; // also the front desk's and every specialist's (repair orders, complaints)
};
// nullopt for entities that are nobody's work (items and photos take their parent's).
std::optional<Ownership> ownershipIn(const std::string& entity, const FieldLookup& fields);

// Whether photos may be attached to records of this entity (a photo's record_entity).
bool mayHavePhotos(const std::string& entity);

// Why `who` may not write a record of this property (and, for an edit, stored in that
// one); nullopt if they may. A record of no property (nullopt) is not judged here.
std::optional<std::string> accessRefusal(const Principal& who, const std::optional<std::string>& storedProperty,
                                         const std::optional<std::string>& property);

// Why `who` may not change (edit, delete, add a line or photo to) a record that is
// `owned` (its own ownership, or for an item or photo its parent's); nullopt if they may.
// Patrol and specialist staff change only their own work or work assigned to them, and
// not once it is closed; the front desk any follow-up or visit it may write, not once
// closed; a manager any record of their properties (reopening a closed follow-up is a
// manager's act).
std::optional<std::string> ownershipRefusal(const Principal& who, const Ownership& owned);

// The same for a line or a photo (`entity`) of a record owned so: judged by the parent's
// owner. A new photo may follow a finished record: photos often travel in a later
// request than the finish.
std::optional<std::string> childRefusal(const Principal& who, const std::string& entity, bool isNew, Ownership parent);

// The first problem the shared rules (validation.cpp) find in a record of this entity
// with these fields; nullopt when there is none.
std::optional<std::string> validationProblem(const std::string& entity, const std::string& id,
                                             const sync::Json& fields);

// Why this principal may not write this change, in words for the user; nullopt if it may.
std::optional<std::string> writeRefusal(const Principal& who, const std::string& entity,
                                        const FieldLookup& mergedFields, const FieldLookup& previousFields,
                                        bool deleting);

} // namespace patrolbook::server
