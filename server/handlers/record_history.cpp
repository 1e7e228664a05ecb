#include "handlers/record_history.hpp"

#include "handlers/conflict_handler.hpp"
#include "patrolbook/json_parse.hpp"
#include "patrolbook/timestamp.hpp"
#include "storage/conflict_repo.hpp"
#include "storage/history_repo.hpp"
#include "storage/review_repo.hpp"

#include <algorithm>

namespace patrolbook::server {

using nlohmann::json;

namespace {

struct Event {
    std::int64_t atMs = 0;
    json body;
};

json changesJson(const std::string& text)
{
    json out = json::array();
    const auto changes = parseJson(text);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        out.push_back({{"field", it.key()}, {"old", it.value().at(0)}, {"new", it.value().at(1)}});
    return out;
}

} // namespace

json recordHistoryJson(sqlite::Database& db, const ConsoleDetail& detail)
{
    const auto& record = detail.record;
    std::vector<Event> events;
    auto add = [&](std::int64_t atMs, json body) {
        body["at"] = Timestamp::fromUtcMs(atMs).toIso();
        events.push_back({atMs, std::move(body)});
    };
    HistoryRepo history(db);
    if (const auto made = history.creation(record.entity, record.id)) {
        const auto fields = parseJson(record.fields);
        add(made->atMs,
            {{"kind", "created"},
             {"entity", record.entity},
             {"id", record.id},
             {"by", made->accountId},
             {"device", fields.value("device_id", json())},
             {"version", made->version}});
    }
    // The record, its lines and its photos: a line's result changed is the record's story.
    std::vector<std::pair<std::string, std::string>> parts{{record.entity, record.id}};
    for (const auto* children : {&detail.lines, &detail.photos})
        for (const auto& c : *children)
            parts.emplace_back(c.entity, c.id);
    ConflictRepo conflicts(db);
    for (const auto& [entity, id] : parts) {
        for (const auto& e : history.of(entity, id))
            add(e.atMs,
                {{"kind", e.action},
                 {"entity", entity},
                 {"id", id},
                 {"by", e.accountId},
                 {"device", e.deviceId},
                 {"version", e.version},
                 {"changes", changesJson(e.changes)}});
        for (const auto& c : conflicts.ofRecord(entity, id)) {
            auto body = conflictJson(c);
            body["kind"] = "conflict";
            add(c.atMs, std::move(body));
        }
    }
    for (const auto& r : ReviewRepo(db).history(record.entity, record.id))
        add(r.atMs,
            {{"kind", "review"},
             {"state", r.state},
             {"comment", r.comment ? json(*r.comment) : json(nullptr)},
             {"by", r.accountId},
             {"version", r.recordVersion}});
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.atMs < b.atMs; });
    json out = json::array();
    for (auto& e : events)
        out.push_back(std::move(e.body));
    return out;
}

} // namespace patrolbook::server
