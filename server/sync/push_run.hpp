#pragma once

#include "auth/principal.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "storage/history_repo.hpp"
#include "storage/record_repo.hpp"
#include "sync/loop_keeper.hpp"
#include "sync/write_rules.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace patrolbook::server {

// One push judged change by change inside the caller's transaction: what the server
// holds is looked up for the whole push first and kept up to date as it writes. Every
// change of a stored record goes into its history, in the same transaction.
class PushRun {
public:
    PushRun(RecordRepo& repo, HistoryRepo& history, const Principal& who, const std::vector<sync::Change>& changes);

    // The change's field values may be moved into the stored record.
    sync::ChangeResult apply(sync::Change& c);

    std::int64_t conflictFields = 0;

private:
    // The record as a change would leave it, for the rules: made by a three-way merge
    // with what is stored, or, for a new record, read from the change's text.
    struct Proposal {
        std::optional<std::string> storedProperty;
        std::optional<std::string> storedParent;
        FieldLookup fields; // after the change
        FieldLookup previous; // before it (nothing, for a new record)
        std::function<std::optional<std::string>()> problem; // the first validation problem
        std::function<std::optional<std::string>()> tooLarge; // a field or the record over its cap
        sync::ChangeStatus status = sync::ChangeStatus::Applied;
        std::optional<std::string> staleStep; // a loop's step that came too late
        bool write = true;
        bool deleted = false;
        std::int64_t storedVersion = 0;
        bool storedDeleted = false;
        std::vector<sync::FieldConflict> conflicts;
        std::string_view fieldsText; // what is stored when it is written
        std::string versionsText;
        // A stored record's fields before and after the change, for its history.
        const sync::Json* before = nullptr;
        const sync::Json* after = nullptr;
    };

    sync::ChangeResult decide(sync::Change& c);
    template <Record T>
    std::optional<sync::ChangeResult> decideNew(sync::Change& c, const EntityPlacement& placement);
    sync::ChangeResult decideMerged(sync::Change& c, const EntityPlacement& placement);
    sync::ChangeResult judge(const sync::Change& c, const EntityPlacement& placement, Proposal& p);
    std::optional<std::optional<std::string>> propertyOf(const std::string& entity, const std::string& id);
    // Whose work a record is (an item's or a photo's: its parent's, up the chain), as the
    // server holds it or this push left it; nullopt for a record nobody owns or none
    // stored. Asked once per record: a push's new inspection answers for all its lines.
    std::optional<Ownership> ownershipOf(const std::string& entity, const std::string& id, int depth = 0);
    sync::ChangeResult rejected(std::string reason);
    void addHistory(const sync::Change& c, const Proposal& p);

    RecordRepo& repo_;
    HistoryRepo& history_;
    const Principal& who_;
    const std::vector<sync::Change>& changes_;
    // Each record the push changes, by (entity, id) as the changes spell them. Kept in
    // vectors sorted once, not hashed: a push of 2,000 changes made a hash node, a list and
    // a copied change id per change, about a twentieth of its time.
    using KeyView = std::pair<std::string_view, std::string_view>;
    struct InPush {
        KeyView key;
        std::size_t from = 0, to = 0; // its changes: byRecord_[from, to), in push order
        bool stored = false; // on the server (before the push, or written by it)
        std::optional<std::optional<std::string>> property; // the push's word on it, once asked
    };
    std::vector<InPush> records_; // sorted by key
    std::vector<std::size_t> byRecord_; // change indexes, by record, then push order
    std::vector<std::size_t> recordOf_; // per change: its record in records_
    // Per change: answered before, or its change id came earlier in this push; its
    // answer is then looked up in the log (written there by then).
    std::vector<bool> mayBeKnown_;
    std::size_t indexOf(const sync::Change& c) const;
    InPush& of(const sync::Change& c) { return records_[recordOf_[indexOf(c)]]; }
    InPush* find(std::string_view entity, std::string_view id);
    std::map<std::pair<std::string, std::string>, std::optional<Ownership>> ownership_;
    LoopKeeper loops_;
    std::int64_t nextVersion_ = 1;
    std::int64_t firstVersion_ = 1;
    bool transient_ = false;
    bool answeredInRow_ = false; // the change is remembered in its record's row, not in the log
    enum class ItemState { Answered, Unanswered, Deleted };
    std::map<std::string, std::map<std::string, ItemState>> itemsWritten_; // by parent id, item id
};

} // namespace patrolbook::server
