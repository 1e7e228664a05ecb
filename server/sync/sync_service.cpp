#include "sync/sync_service.hpp"

#include "api/api_error.hpp"
#include "metrics/metrics.hpp"
#include "patrolbook/json_text.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/sync/merge.hpp"
#include "patrolbook/uuid.hpp"
#include "patrolbook/validation.hpp"
#include "storage/db_pool.hpp"
#include "storage/record_repo.hpp"
#include "sync/write_rules.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_set>

namespace patrolbook::server {

using sync::Change;
using sync::ChangeResult;
using sync::ChangeStatus;
using sync::Json;

namespace {

// The first validation problem of the record as the change would leave it.
std::optional<std::string> validationProblem(const std::string& entity, const std::string& id, const Json& fields)
{
    std::optional<std::string> problem;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        if (Schema<T>::entity != entity)
            return;
        try {
            const auto problems = validate(fromFields<T>(id, 0, false, fields));
            if (!problems.empty())
                problem = problems.front().message();
        } catch (const Error& e) {
            problem = e.message();
        }
    });
    return problem;
}

bool isItem(const std::string& entity)
{
    return entity == "inspection_item" || entity == "renovation_item";
}

// Children are applied before their parents so a parent finished in the same push finds
// its answered items; everything else keeps the device's order.
int rank(const std::string& entity)
{
    if (isItem(entity))
        return 0;
    if (entity == "photo")
        return 2;
    return 1;
}

class PushRun {
public:
    PushRun(RecordRepo& repo, const Principal& who, const std::vector<Change>& changes)
        : repo_(repo)
        , who_(who)
    {
        // Properties of records created in this push, for children that arrive with them.
        for (const auto& c : changes)
            if (auto p = textField(c.fields, "property_id"); !p.empty())
                batchProperty_[c.entity + "/" + c.id] = p;
        nextVersion_ = repo_.maxVersion() + 1;
        firstVersion_ = nextVersion_;
        // What the server already has, looked up for the whole push before it is judged
        // (change ids in one query, records by key); kept up to date as the push writes.
        std::vector<std::string> ids;
        std::vector<RecordKey> keys;
        for (const auto& c : changes) {
            ids.push_back(c.changeId);
            keys.emplace_back(c.entity, c.id);
        }
        knownChanges_ = repo_.knownChangeIds(ids);
        stored_ = repo_.storedKeys(keys);
    }

    // The change's field values are moved into the stored record.
    ChangeResult apply(Change& c)
    {
        const bool mayBeKnown = knownChanges_.contains(c.changeId);
        if (auto seen = mayBeKnown ? repo_.appliedChange(c.changeId) : std::nullopt) {
            if (seen->status != ChangeStatus::Rejected)
                seen->status = ChangeStatus::Duplicate;
            return *seen;
        }
        transient = false;
        ChangeResult result = decide(c);
        result.changeId = c.changeId;
        if (transient)
            result.retry = true;
        else {
            repo_.recordApplied(c, who_.accountId, result);
            knownChanges_.insert(c.changeId); // the same change twice in one push
        }
        return result;
    }

    std::int64_t conflictFields = 0;

private:
    bool transient = false;
    ChangeResult rejected(std::string reason)
    {
        ChangeResult r;
        r.status = ChangeStatus::Rejected;
        r.reason = std::move(reason);
        return r;
    }

    std::optional<std::string> propertyOf(const std::string& entity, const std::string& id)
    {
        // What the server holds decides; the batch only speaks for records not yet on the
        // server (a new inspection sent with its items), so nobody can re-label someone
        // else's record by sending a change of it alongside a child.
        // A record of this push not stored yet needs no query.
        const bool inPushOnly = batchProperty_.contains(entity + "/" + id) && !stored_.contains({entity, id});
        if (auto stored = inPushOnly ? std::nullopt : repo_.propertyOf(entity, id))
            return *stored;
        if (auto it = batchProperty_.find(entity + "/" + id); it != batchProperty_.end())
            return it->second;
        return std::nullopt;
    }

    ChangeResult decide(Change& c)
    {
        const auto placement = placementOf(c.entity);
        if (!placement)
            return rejected("this app does not know records of type '" + c.entity + "'");
        if (!placement->deviceWritable)
            return rejected("records of type '" + c.entity + "' are kept by the office and cannot be changed here");
        if (!isUuid(c.id))
            return rejected("the record id '" + c.id + "' is not a UUID");

        auto stored
            = (stored_.contains({c.entity, c.id}) ? repo_.load(c.entity, c.id) : std::nullopt).value_or(StoredRecord{});
        auto outcome = sync::merge(stored.state, std::move(c), nextVersion_);
        StoredRecord next{std::move(outcome.record), stored.propertyId, stored.parentId};
        Json& fields = next.state.fields;
        if (placement->ownProperty) {
            next.propertyId = textField(fields, "property_id");
        } else if (const auto parent = parentOf(*placement, fields)) {
            next.parentId = parent->id;
            const auto parentPlacement = placementOf(parent->entity);
            if (!parentPlacement || !parentPlacement->deviceWritable)
                return rejected("a " + c.entity + " cannot belong to a '" + parent->entity + "' record");
            const auto parentProperty = propertyOf(parent->entity, parent->id);
            if (!parentProperty) {
                transient = true; // not remembered: the same change is judged again when re-sent
                return rejected("the " + parent->entity + " this " + c.entity
                                + " belongs to is not on the server yet; send it first, then retry");
            }
            next.propertyId = parentProperty;
        }
        for (const auto& property : {stored.propertyId, next.propertyId})
            if (property && !property->empty() && !who_.hasProperty(*property))
                return rejected("you do not have access to this property (any more); ask your manager");
        if (next.propertyId && next.propertyId->empty())
            return rejected("the record has no property_id");
        if (auto refusal = writeRefusal(who_, c.entity, fields, stored.state.fields, c.deleted))
            return rejected(*refusal);
        if (!next.state.deleted)
            if (auto problem = validationProblem(c.entity, c.id, fields))
                return rejected(*problem);
        const bool hasItems = c.entity == "inspection" || c.entity == "renovation_check";
        if (const bool finishing = hasItems && textField(fields, "status") == "finished"
                && textField(stored.state.fields, "status") != "finished";
            finishing && !next.state.deleted) {
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
        r.status = outcome.status;
        r.version = outcome.write ? nextVersion_ : stored.state.version;
        if (outcome.write) {
            // A new record's fields are the change's, as sent: stored as that text.
            repo_.write(c.entity, c.id, next, !outcome.conflicts.empty(),
                        stored.state.exists ? std::string_view{} : std::string_view{c.fieldsText});
            stored_.emplace(c.entity, c.id);
            ++nextVersion_;
            if (isItem(c.entity) && next.parentId) {
                const auto result = fields.find("result");
                itemsWritten_[*next.parentId][c.id] = next.state.deleted ? ItemState::Deleted
                    : result == fields.end() || result->is_null()        ? ItemState::Unanswered
                                                                         : ItemState::Answered;
            }
        }
        for (const auto& conflict : outcome.conflicts)
            repo_.addConflict(c, who_.accountId, conflict);
        conflictFields += static_cast<std::int64_t>(outcome.conflicts.size());
        if (r.status == ChangeStatus::Conflict)
            r.reason = stored.state.deleted && !c.deleted
                ? "the record was deleted on the server; your edit is saved there for review"
                : "changed on the server too; your version was kept and the other is saved for review";
        return r;
    }

    RecordRepo& repo_;
    const Principal& who_;
    std::map<std::string, std::string> batchProperty_;
    std::int64_t nextVersion_ = 1;
    std::int64_t firstVersion_ = 1;
    std::unordered_set<std::string> knownChanges_;
    std::set<RecordKey> stored_;
    enum class ItemState { Answered, Unanswered, Deleted };
    std::map<std::string, std::map<std::string, ItemState>> itemsWritten_; // by parent id, item id
};

std::uint64_t scopeHash(const Principal& who)
{
    auto ids = who.propertyIds;
    std::sort(ids.begin(), ids.end());
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a
    for (const auto& id : ids)
        for (char ch : id + ",")
            h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ULL;
    return h;
}

} // namespace

SyncService::SyncService(DbPool& pool, Metrics& metrics)
    : pool_(pool)
    , metrics_(metrics)
{
}

std::vector<ChangeResult> SyncService::push(const Principal& who, sync::PushRequest&& request)
{
    if (request.changes.size() > sync::maxChangesPerPush)
        throw ApiError::tooLarge("at most " + std::to_string(sync::maxChangesPerPush) + " changes per push");
    std::vector<std::size_t> order(request.changes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rank(request.changes[a].entity) < rank(request.changes[b].entity);
    });

    auto& db = pool_.db();
    RecordRepo repo(db);
    std::vector<ChangeResult> results(request.changes.size());
    sqlite::Transaction tx(db);
    PushRun run(repo, who, request.changes);
    for (std::size_t i : order)
        results[i] = run.apply(request.changes[i]);
    tx.commit();

    for (const auto& r : results)
        metrics_.change(std::string{toString(r.status)});
    metrics_.conflicts(run.conflictFields);
    return results;
}

SyncService::PullAnswer SyncService::pull(const Principal& principal, const std::string& cursor, std::size_t limit,
                                          const std::string& property)
{
    Principal who = principal;
    if (!property.empty()) {
        if (!who.hasProperty(property))
            throw ApiError::forbidden("you do not have access to this property");
        who.propertyIds = {property};
    }
    const std::uint64_t scope = scopeHash(who);
    std::int64_t after = 0;
    bool reset = false;
    if (!cursor.empty()) {
        unsigned long long version = 0, cursorScope = 0;
        char tail = 0;
        if (std::sscanf(cursor.c_str(), "v1.%llu.%llx%c", &version, &cursorScope, &tail) != 2)
            throw ApiError::badRequest("the cursor '" + cursor + "' is not one this server gave out");
        if (cursorScope == scope)
            after = static_cast<std::int64_t>(version);
        else
            reset = true; // the user's properties changed: start again from the beginning
    }
    RecordRepo repo(pool_.db());
    // Written straight from the statement: this is the whole of a pull's work here.
    std::string out = R"({"records":[)";
    std::int64_t last = after;
    std::size_t written = 0;
    const std::string propertyIds = jsonText(Json(who.propertyIds));
    const std::size_t rows = repo.pull(after, propertyIds, limit + 1, [&](const PullRow& r) {
        if (written == limit)
            return; // the one past the page: there is more
        if (written++)
            out += ',';
        out += R"({"entity":)";
        appendJsonString(out, r.entity);
        out += R"(,"id":)";
        appendJsonString(out, r.id);
        out += R"(,"version":)";
        out += std::to_string(r.version);
        out += r.deleted ? R"(,"deleted":true,"fields":)" : R"(,"deleted":false,"fields":)";
        out += r.fieldsJson;
        out += '}';
        last = r.version;
    });
    const bool hasMore = rows > limit;
    char next[64];
    std::snprintf(next, sizeof next, "v1.%lld.%llx", static_cast<long long>(last),
                  static_cast<unsigned long long>(scope));
    out += R"(],"cursor":")" + std::string{next} + R"(","has_more":)" + (hasMore ? "true" : "false") + R"(,"reset":)"
        + (reset ? "true" : "false") + R"(,"property_ids":)" + propertyIds + "}";
    return {std::move(out), next, hasMore};
}

} // namespace patrolbook::server
