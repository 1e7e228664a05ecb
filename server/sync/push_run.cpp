#include "sync/push_run.hpp"

#include "patrolbook/json_text.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sync/fields_text.hpp"
#include "patrolbook/sync/merge.hpp"
#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"
#include "patrolbook/validation.hpp"
#include "sync/field_caps.hpp"

#include <algorithm>
#include <functional>
#include <numeric>
#include <stdexcept>

namespace patrolbook::server {

using sync::Change;
using sync::ChangeResult;
using sync::ChangeStatus;
using sync::Json;

namespace {

std::optional<std::string> firstProblem(const std::vector<Error>& problems)
{
    return problems.empty() ? std::nullopt : std::optional<std::string>{problems.front().message()};
}

// A typed record's field as the rules see it: null unless the change named it.
template <Record T>
Json sentValue(const T& r, const std::vector<std::string>& sent, const char* name)
{
    if (std::find(sent.begin(), sent.end(), name) == sent.end())
        return nullptr;
    Json out;
    if (!withField<T>(name, [&](const auto& f) { out = valueToJson(r.*(f.member)); }) && !r.extra.empty())
        out = parseJson(r.extra).value(name, Json());
    return out;
}

} // namespace

PushRun::PushRun(RecordRepo& repo, HistoryRepo& history, const Principal& who, const std::vector<Change>& changes)
    : repo_(repo)
    , history_(history)
    , who_(who)
    , changes_(changes)
    , loops_(repo)
{
    nextVersion_ = repo_.maxVersion() + 1;
    firstVersion_ = nextVersion_;
    const std::size_t n = changes.size();
    const auto keyOf = [&](std::size_t i) { return KeyView{changes[i].entity, changes[i].id}; };
    byRecord_.resize(n);
    std::iota(byRecord_.begin(), byRecord_.end(), std::size_t{0});
    std::sort(byRecord_.begin(), byRecord_.end(), [&](std::size_t a, std::size_t b) {
        return std::pair{keyOf(a), a} < std::pair{keyOf(b), b};
    });
    recordOf_.resize(n);
    std::vector<KeyView> keys;
    for (std::size_t at = 0; at < n; ++at) {
        const std::size_t i = byRecord_[at];
        if (records_.empty() || records_.back().key != keyOf(i)) {
            auto& record = records_.emplace_back();
            record.key = keyOf(i);
            record.from = record.to = at;
            keys.push_back(keyOf(i));
        }
        ++records_.back().to;
        recordOf_[i] = records_.size() - 1;
    }
    const auto stored = repo_.stored(keys);
    for (std::size_t r = 0; r < records_.size(); ++r)
        records_[r].stored = stored[r];

    std::vector<std::string_view> ids(n);
    std::vector<std::size_t> byId(n);
    for (std::size_t i = 0; i < n; ++i) {
        ids[i] = changes[i].changeId;
        byId[i] = i;
    }
    mayBeKnown_.assign(n, false);
    std::sort(byId.begin(), byId.end(), [&](std::size_t a, std::size_t b) {
        return std::pair{ids[a], a} < std::pair{ids[b], b};
    });
    // The same change twice in one push: every copy is looked up, since changes are
    // applied by rank, not in push order (whichever comes first finds nothing yet).
    for (std::size_t at = 1; at < n; ++at)
        if (ids[byId[at]] == ids[byId[at - 1]])
            mayBeKnown_[byId[at]] = mayBeKnown_[byId[at - 1]] = true;
    if (const auto known = repo_.knownChangeIds(ids); !known.empty())
        for (std::size_t i = 0; i < n; ++i)
            if (known.contains(changes[i].changeId))
                mayBeKnown_[i] = true;
}

std::size_t PushRun::indexOf(const Change& c) const
{
    // std::less orders any two pointers; a change of another vector is refused before any
    // pointer arithmetic.
    const Change* first = changes_.data();
    if (std::less<const Change*>{}(&c, first) || !std::less<const Change*>{}(&c, first + changes_.size()))
        throw std::logic_error("PushRun: a change not of its push");
    return static_cast<std::size_t>(&c - first);
}

PushRun::InPush* PushRun::find(std::string_view entity, std::string_view id)
{
    const KeyView key{entity, id};
    const auto it = std::lower_bound(records_.begin(), records_.end(), key,
                                     [](const InPush& r, const KeyView& k) { return r.key < k; });
    return it != records_.end() && it->key == key ? &*it : nullptr;
}

ChangeResult PushRun::apply(Change& c)
{
    if (auto seen = mayBeKnown_[indexOf(c)] ? repo_.appliedChange(c.changeId) : std::nullopt) {
        if (seen->status != ChangeStatus::Rejected)
            seen->status = ChangeStatus::Duplicate;
        return *seen;
    }
    transient_ = false;
    answeredInRow_ = false;
    ChangeResult result = decide(c);
    result.changeId = c.changeId;
    if (transient_)
        result.retry = true;
    else if (!answeredInRow_)
        repo_.recordApplied(c, who_.accountId, result);
    return result;
}

std::optional<Ownership> PushRun::ownershipOf(const std::string& entity, const std::string& id, int depth)
{
    auto key = std::make_pair(entity, id);
    if (const auto it = ownership_.find(key); it != ownership_.end())
        return it->second;
    std::optional<Ownership> out;
    const auto placement = placementOf(entity);
    if (placement && depth < 3)
        if (const auto stored = repo_.load(entity, id)) {
            const auto fields = lookupIn(stored->state.fields);
            if (!placement->parentField)
                out = ownershipIn(entity, fields);
            else if (const auto parent = parentOf(*placement, fields))
                out = ownershipOf(parent->entity, parent->id, depth + 1);
        }
    ownership_.emplace(std::move(key), out);
    return out;
}

ChangeResult PushRun::rejected(std::string reason)
{
    ChangeResult r;
    r.status = ChangeStatus::Rejected;
    r.reason = std::move(reason);
    return r;
}

std::optional<std::optional<std::string>> PushRun::propertyOf(const std::string& entity, const std::string& id)
{
    // What the server holds decides; the push only speaks for records not yet on the
    // server (a new inspection sent with its items), so nobody can re-label someone
    // else's record by sending a change of it alongside a child.
    InPush* inPush = find(entity, id);
    if (!inPush || inPush->stored)
        return repo_.propertyOf(entity, id);
    // Not stored yet: the last change of it in the push that names one (asked once for
    // all its items).
    auto& record = *inPush;
    if (!record.property) {
        record.property.emplace();
        for (std::size_t at = record.to; at-- > record.from && !*record.property;)
            if (const auto& text = changes_[byRecord_[at]].fieldsText; !text.empty())
                if (auto p = sync::stringMember(text, "property_id"); p && !p->empty())
                    record.property->emplace(std::move(*p));
    }
    if (!*record.property)
        return std::nullopt;
    return record.property;
}

void PushRun::addHistory(const Change& c, const Proposal& p)
{
    // Each field the change made different: {"name": [old, new]}. A delete changes none.
    Json changes = Json::object();
    if (!p.deleted && p.before && p.after) {
        for (auto it = p.after->begin(); it != p.after->end(); ++it)
            if (const auto old = p.before->find(it.key()); old == p.before->end() || *old != it.value())
                changes[it.key()] = Json::array({old == p.before->end() ? Json() : *old, it.value()});
        for (auto it = p.before->begin(); it != p.before->end(); ++it)
            if (!p.after->contains(it.key()))
                changes[it.key()] = Json::array({it.value(), Json()});
    }
    const char* action = p.deleted && !p.storedDeleted ? "deleted"
        : !p.deleted && p.storedDeleted                ? "restored"
                                                       : "edited";
    history_.add({c.entity, c.id, nextVersion_, action, jsonText(changes), c.changeId, who_.accountId, who_.deviceId,
                  Timestamp::now().utcMs});
}

ChangeResult PushRun::decide(Change& c)
{
    // The change that created this record, sent again (its answer was lost): answered as
    // it was then, before any rule is applied again. Such a change is remembered in the
    // record's row, not in the log.
    if (of(c).stored)
        if (const auto created = repo_.creation(c.entity, c.id); created && created->first == c.changeId) {
            answeredInRow_ = true;
            ChangeResult r;
            r.status = ChangeStatus::Duplicate;
            r.version = created->second;
            return r;
        }
    const auto placement = placementOf(c.entity);
    if (!placement)
        return rejected("this app does not know records of type '" + c.entity + "'");
    if (!placement->deviceWritable)
        return rejected("records of type '" + c.entity + "' are kept by the office and cannot be changed here");
    if (!isUuid(c.id))
        return rejected("the record id '" + c.id + "' is not a UUID");
    // Most changes create a record: read straight from their text into its type.
    if (!of(c).stored && !c.deleted && !c.repeatedNames && !c.fieldsText.empty()) {
        std::optional<ChangeResult> result;
        forEachRecordType(AllRecordTypes{}, [&]<class T>() {
            if (Schema<T>::entity == c.entity)
                result = decideNew<T>(c, *placement);
        });
        if (result)
            return *result;
    }
    return decideMerged(c, *placement);
}

// nullopt when a value is wrong: decideMerged then says so in applyFields' words.
template <Record T>
std::optional<ChangeResult> PushRun::decideNew(Change& c, const EntityPlacement& placement)
{
    // Read as the push body was (Change::sent), or from the text here.
    sync::SentRecord<T> sent;
    if (auto* read = std::any_cast<sync::SentRecord<T>>(&c.sent))
        sent = std::move(*read);
    else
        sent.problem = sync::readFieldsText(c.fieldsText, sent.record, &sent.names);
    if (sent.problem)
        return std::nullopt;
    T& record = sent.record;
    const auto& names = sent.names;
    record.id = c.id;
    Proposal p;
    p.fields = [&](const char* name) { return sentValue(record, names, name); };
    p.previous = [](const char*) { return Json(); };
    p.problem = [&] { return firstProblem(validate(record)); };
    p.tooLarge = [&] { return sizeRefusal(record, c.fieldsText.size()); };
    p.fieldsText = c.fieldsText;
    // Left empty: every field is at the version the record is written with (see
    // RecordRepo::load); the usual record is never edited again.
    return judge(c, placement, p);
}

ChangeResult PushRun::decideMerged(Change& c, const EntityPlacement& placement)
{
    const bool isNew = !of(c).stored;
    if (!c.fieldsText.empty())
        c.fields = parseJson(c.fieldsText);
    auto stored = (isNew ? std::nullopt : repo_.load(c.entity, c.id)).value_or(StoredRecord{});
    // Judged on what the device sent, before the merge mixes it with what is stored.
    auto stale = isNew ? std::nullopt : loops_.staleStep(c.entity, c.id, stored, c.fields, c.baseVersion);
    auto outcome = sync::merge(stored.state, std::move(c), nextVersion_);
    const Json& fields = outcome.record.fields;
    Proposal p;
    p.storedProperty = stored.propertyId;
    p.storedParent = stored.parentId;
    p.storedVersion = stored.state.version;
    p.storedDeleted = stored.state.deleted;
    p.fields = lookupIn(fields);
    p.previous = lookupIn(stored.state.fields);
    p.before = &stored.state.fields;
    p.after = &fields;
    // merge() takes only the change's fields: its entity, id and text are still here.
    // NOLINTNEXTLINE(bugprone-use-after-move)
    p.problem = [&] { return validationProblem(c.entity, c.id, fields); };
    p.status = outcome.status;
    p.staleStep = std::move(stale);
    p.write = outcome.write;
    p.deleted = outcome.record.deleted;
    p.conflicts = std::move(outcome.conflicts);
    // A new record's fields as sent, unless a repeated name makes them mean two things.
    const std::string written = isNew && !c.repeatedNames && !c.fieldsText.empty() ? std::string{} : jsonText(fields);
    p.fieldsText = written.empty() ? std::string_view{c.fieldsText} : std::string_view{written};
    p.versionsText = RecordRepo::versionsText(outcome.record.fieldVersions);
    p.tooLarge = [&] { return sizeRefusal(c.entity, fields, p.fieldsText.size()); };
    return judge(c, placement, p);
}

ChangeResult PushRun::judge(const Change& c, const EntityPlacement& placement, Proposal& p)
{
    std::optional<std::string> propertyId = p.storedProperty;
    std::optional<std::string> parentId = p.storedParent;
    if (placement.ownProperty) {
        propertyId = textField(p.fields, "property_id");
    } else if (const auto parent = parentOf(placement, p.fields)) {
        parentId = parent->id;
        const auto parentPlacement = placementOf(parent->entity);
        if (!parentPlacement || !parentPlacement->deviceWritable
            || (c.entity == "photo" && !mayHavePhotos(parent->entity)))
            return rejected("a " + c.entity + " cannot belong to a '" + parent->entity + "' record");
        const auto parentProperty = propertyOf(parent->entity, parent->id);
        if (!parentProperty) {
            transient_ = true; // not remembered: the same change is judged again when re-sent
            return rejected("the " + parent->entity + " this " + c.entity
                            + " belongs to is not on the server yet; send it first, then retry");
        }
        propertyId = *parentProperty;
    }
    if (auto refusal = accessRefusal(who_, p.storedProperty, propertyId))
        return rejected(*refusal);
    // A loop's step made on a state the server has moved past: the first to arrive won.
    if (p.staleStep)
        return rejected(*p.staleStep);
    // Whose work it is: a line's or a photo's parent decides for it; a record's own
    // stored state for an edit or a delete of it (a new one is checked by its who-fields).
    if (placement.parentField) {
        const auto parent = parentOf(placement, p.fields);
        // A stored line or photo stays with its record: moving it would take it out of its
        // owner's hands (and out of a finished patrol).
        if (p.storedVersion != 0) {
            const auto before = parentOf(placement, p.previous);
            if (before && (!parent || parent->entity != before->entity || parent->id != before->id))
                return rejected("a " + c.entity + " stays with the record it belongs to");
        }
        if (parent)
            if (const auto owned = ownershipOf(parent->entity, parent->id))
                if (auto refusal = childRefusal(who_, c.entity, p.storedVersion == 0, *owned))
                    return rejected(*refusal);
    } else if (p.storedVersion != 0) {
        if (const auto owned = ownershipIn(c.entity, p.previous))
            if (auto refusal = ownershipRefusal(who_, *owned))
                return rejected(*refusal);
    }
    if (auto refusal = writeRefusal(who_, c.entity, p.fields, p.previous, c.deleted))
        return rejected(*refusal);
    if (c.entity == "complaint" && !p.deleted)
        if (auto refusal = loops_.listRefusal(p.fields))
            return rejected(*refusal);
    if (!p.deleted) {
        if (auto refusal = p.tooLarge())
            return rejected(*refusal);
        if (auto problem = p.problem())
            return rejected(*problem);
    }
    const bool hasItems = c.entity == "inspection" || c.entity == "renovation_check";
    if (const bool finishing
        = hasItems && textField(p.fields, "status") == "finished" && textField(p.previous, "status") != "finished";
        finishing && !p.deleted) {
        const char* items = c.entity == "inspection" ? "inspection_item" : "renovation_item";
        // Items written earlier from the store, those of this push from memory (their
        // JSON need not be read back).
        auto [total, unanswered] = repo_.itemCounts(items, c.id, firstVersion_);
        if (auto it = itemsWritten_.find(c.id); it != itemsWritten_.end())
            for (const auto& [item, state] : it->second)
                if (state != ItemState::Deleted) {
                    ++total;
                    unanswered += state == ItemState::Unanswered ? 1 : 0;
                }
        if (total == 0 || unanswered > 0)
            return rejected(std::to_string(unanswered) + " of " + std::to_string(total)
                            + " checklist items are not answered on the server; sync the items, then finish");
    }

    ChangeResult r;
    r.status = p.status;
    r.version = p.write ? nextVersion_ : p.storedVersion;
    if (p.write) {
        // A record this change creates remembers the change in its row, unless the change
        // id came twice in this push: the other copy then finds it in the log.
        const bool creates = r.status == ChangeStatus::Applied && !of(c).stored && !mayBeKnown_[indexOf(c)];
        repo_.write({c.entity, c.id, nextVersion_, propertyId, parentId, p.deleted, !p.conflicts.empty(), p.fieldsText,
                     p.versionsText, creates ? &c.changeId : nullptr, of(c).stored ? nullptr : &who_.accountId});
        answeredInRow_ = creates;
        if (p.storedVersion != 0)
            addHistory(c, p);
        of(c).stored = true;
        ++nextVersion_;
        // Each step of a loop is also its event; a return visit done moves its loop on.
        if (!p.deleted && LoopKeeper::isLoop(c.entity))
            if (const auto event = loops_.eventOf(c.entity, c.id, p.previous, p.fields, who_, r.version))
                loops_.write(*event, nextVersion_++);
        if (!p.deleted && c.entity == "owner_visit")
            nextVersion_ = loops_.visitDone(p.previous, p.fields, nextVersion_);
        // Its lines and photos later in this push are judged by whose it is now, and by
        // whether it was closed before this change: a patrol finished in this push still
        // takes the lines and photos sent with it.
        if (auto owned = ownershipIn(c.entity, p.fields)) {
            const auto before = ownershipIn(c.entity, p.previous);
            owned->closed = before && before->closed;
            ownership_[{c.entity, c.id}] = std::move(owned);
        }
        if (isItem(c.entity) && parentId)
            itemsWritten_[*parentId][c.id] = p.deleted ? ItemState::Deleted
                : p.fields("result").is_null()         ? ItemState::Unanswered
                                                       : ItemState::Answered;
    }
    for (const auto& conflict : p.conflicts)
        repo_.addConflict(c, who_.accountId, conflict);
    conflictFields += static_cast<std::int64_t>(p.conflicts.size());
    if (r.status == ChangeStatus::Conflict)
        r.reason = p.storedDeleted && !c.deleted
            ? "the record was deleted on the server; your edit is saved there for review"
            : "changed on the server too; your version was kept and the other is saved for review";
    return r;
}

} // namespace patrolbook::server
