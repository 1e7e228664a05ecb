#include "sync_fixture.hpp"

#include "patrolbook/record_json.hpp"
#include "patrolbook/record_table.hpp"
#include "patrolbook/uuid.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <map>

namespace patrolbook::test {

Device::Device(const std::filesystem::path& file, const std::string& url)
    : http(std::make_unique<server::HttpClientTransport>(url, std::chrono::seconds(20)))
    , store(std::make_unique<Store>(file))
    , engine(std::make_unique<sync::SyncEngine>(*store, *http))
{
}

std::string Device::userId()
{
    return engine->state().userId().value_or("");
}

FollowUp Device::newFollowUp(const std::string& description)
{
    const auto user = engine->state().user().value();
    FollowUp f;
    f.id = newUuid();
    f.propertyId = user["property_ids"][0].get<std::string>();
    f.sourceEntity = FollowUpSource::Manual;
    f.description = description;
    f.status = FollowUpStatus::Open;
    f.createdBy = userId();
    f.createdAt = Timestamp::now(480);
    f.dueAt = f.createdAt.plusMinutes(2 * 24 * 60);
    store->records().insert(f);
    return f;
}

namespace {

// entity/id -> {version, deleted, fields}
using Snapshot = std::map<std::string, Json>;

Snapshot snapshotOf(Store& store)
{
    Snapshot out;
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        auto st = store.database().cached(RecordTable<T>::selectSql());
        std::vector<T> rows;
        while (st.step())
            rows.push_back(RecordTable<T>::read(st));
        st.reset();
        for (const auto& r : rows)
            out[std::string{Schema<T>::entity} + "/" + r.id] = toJson(r);
    });
    return out;
}

} // namespace

void expectConverged(const std::string& serverUrl, std::vector<Device*> devices, const std::string& auditor)
{
    // Two rounds: the second brings each device what the others pushed in the first.
    for (int round = 0; round < 2; ++round)
        for (auto* d : devices)
            d->engine->syncOnce();
    TempDir dir;
    Device audit(dir.file("auditor.db"), serverUrl);
    audit.engine->signIn(auditor, "demo");
    audit.engine->pull();
    const auto truth = snapshotOf(*audit.store);
    for (auto* d : devices) {
        EXPECT_EQ(d->store->outbox().pendingCount(), 0) << "an outbox did not drain";
        const auto mine = snapshotOf(*d->store);
        const auto rejected = d->store->outbox().rejected();
        for (const auto& [key, record] : mine) {
            bool isRejected = false;
            for (const auto& r : rejected)
                isRejected = isRejected || key == r.entity + "/" + r.recordId;
            if (isRejected)
                continue; // kept on the device, marked, by design
            const auto it = truth.find(key);
            if (it == truth.end()) {
                ADD_FAILURE() << key << " is on a device but not on the server";
                continue;
            }
            EXPECT_EQ(record, it->second) << key << " differs between a device and the server";
        }
    }
}

} // namespace patrolbook::test
