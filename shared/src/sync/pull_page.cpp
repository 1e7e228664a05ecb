#include "pull_page.hpp"

#include "patrolbook/record_json.hpp"
#include "patrolbook/store.hpp"
#include "record_dispatch.hpp"

namespace patrolbook::sync {

namespace {

// A tombstone need not repeat every field: it applies to the copy we hold, so it is
// decoded against the store.
template <Record T>
void storeTombstone(RecordStore& records, const PulledRecord& pulled)
{
    if (auto local = records.get<T>(pulled.id)) {
        applyFields(*local, pulled.fields);
        local->version = pulled.version;
        local->deleted = true;
        records.putFromServer(*local);
        return;
    }
    Json j = pulled.fields;
    j["id"] = pulled.id;
    j["version"] = pulled.version;
    j["deleted"] = true;
    try {
        records.putFromServer(fromJson<T>(j));
    } catch (const Error& e) {
        // The tombstone of a record this device never had: nothing to delete here.
        if (e.domain() == ErrorDomain::Storage)
            throw;
    }
}

// Runs `store` and counts the record, or notes why it could not be stored. The store
// failing is not the record's fault: that error goes on, the page rolls back and is
// fetched again.
template <class F>
void counted(PullReport& report, const std::string& entity, const std::string& id, F&& store)
{
    try {
        store();
        ++report.applied;
    } catch (const Error& e) {
        if (e.domain() == ErrorDomain::Storage)
            throw;
        report.skipped.push_back({entity, id, e.message()});
    } catch (const nlohmann::json::exception& e) {
        report.skipped.push_back({entity, id, e.what()});
    }
}

std::function<void(Store&, PullReport&)> prepare(PulledRecord&& pulled)
{
    std::function<void(Store&, PullReport&)> step;
    try {
        const bool known = withRecordType(pulled.entity, [&]<class T>() {
            if (pulled.deleted) {
                step = [p = std::move(pulled)](Store& store, PullReport& report) {
                    counted(report, p.entity, p.id, [&] { storeTombstone<T>(store.records(), p); });
                };
                return;
            }
            step = [record = fromFields<T>(pulled.id, pulled.version, false, pulled.fields),
                    entity = std::move(pulled.entity)](Store& store, PullReport& report) {
                counted(report, entity, record.id, [&] { store.records().putFromServer(record); });
            };
        });
        if (!known)
            step = [](Store&, PullReport& report) { ++report.unknownEntity; };
    } catch (const Error& e) {
        step = [s = SkippedRecord{pulled.entity, pulled.id, e.message()}](Store&, PullReport& report) {
            report.skipped.push_back(s);
        };
    } catch (const nlohmann::json::exception& e) {
        step = [s = SkippedRecord{pulled.entity, pulled.id, e.what()}](Store&, PullReport& report) {
            report.skipped.push_back(s);
        };
    }
    return step;
}

} // namespace

PreparedPage preparePage(PullPage&& page)
{
    PreparedPage out;
    out.steps.reserve(page.records.size());
    for (auto& record : page.records)
        out.steps.push_back(prepare(std::move(record)));
    out.cursor = std::move(page.cursor);
    out.hasMore = page.hasMore;
    out.reset = page.reset;
    out.propertyIds = std::move(page.propertyIds);
    return out;
}

} // namespace patrolbook::sync
