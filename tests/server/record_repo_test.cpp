// The server's record storage on a real SQLite file: which records of a push are stored
// already, whatever the ids around them.

#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "patrolbook/uuid.hpp"
#include "storage/db_pool.hpp"
#include "storage/record_repo.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

using namespace patrolbook;
using namespace patrolbook::server;

namespace {

using Key = std::pair<std::string, std::string>;

class RecordRepoStored : public ::testing::Test {
protected:
    test::TempDir dir;
    DbPool pool{dir.file("server.db")};
    RecordRepo repo{pool.db()};
    std::set<Key> onServer;
    std::int64_t version = 0;

    void store(const std::string& entity, const std::string& id)
    {
        const std::optional<std::string> property = "p", parent;
        repo.write({entity, id, ++version, property, parent, false, false, "{}", ""});
        onServer.emplace(entity, id);
    }

    void expectStoredAsKnown(const std::vector<Key>& keys)
    {
        std::vector<std::pair<std::string_view, std::string_view>> views;
        for (const auto& k : keys)
            views.emplace_back(k.first, k.second);
        const auto stored = repo.stored(views);
        ASSERT_EQ(stored.size(), keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i)
            EXPECT_EQ(stored[i], onServer.contains(keys[i])) << keys[i].first << "/" << keys[i].second;
    }
};

} // namespace

TEST_F(RecordRepoStored, NewRecordsAmongStoredOnesOfSeveralEntitiesInAnyOrder)
{
    std::mt19937_64 rng(7);
    std::vector<Key> keys;
    for (int i = 0; i < 60; ++i) {
        const std::string entity = i % 3 == 0 ? "inspection" : "inspection_item";
        const std::string id = newUuid();
        if (i % 4 == 0)
            store(entity, id);
        keys.emplace_back(entity, id);
    }
    // The same id under another entity is another record.
    keys.emplace_back("follow_up", keys.front().second);
    keys.push_back(keys[4]); // and a stored key twice
    std::shuffle(keys.begin(), keys.end(), rng);
    expectStoredAsKnown(keys);
}

TEST_F(RecordRepoStored, AFewKeysSpreadOverARangeCrowdedWithOtherRecords)
{
    // Ids made over days by many devices: the push's range holds far more records than it
    // names.
    std::vector<Key> keys;
    for (int i = 0; i < 400; ++i) {
        const std::string id = newUuid();
        if (i % 50 == 0)
            keys.emplace_back("follow_up", id); // new
        else
            store("follow_up", id);
        if (i % 97 == 0)
            keys.emplace_back("follow_up", id);
    }
    ASSERT_GE(keys.size(), 10u);
    expectStoredAsKnown(keys);
}

TEST_F(RecordRepoStored, NothingAskedNothingAnswered)
{
    store("follow_up", newUuid());
    EXPECT_TRUE(repo.stored({}).empty());
}

namespace {

class RecordRepoKnownChanges : public RecordRepoStored {
protected:
    std::vector<sync::Change> logged; // recordApplied keeps references until flush()
    const std::string account = "a";

    void logAnswered(const std::vector<std::string>& ids)
    {
        logged.clear();
        logged.reserve(ids.size());
        for (const auto& id : ids) {
            sync::Change c;
            c.changeId = id;
            c.entity = "follow_up";
            c.id = newUuid();
            logged.push_back(std::move(c));
        }
        for (const auto& c : logged) {
            sync::ChangeResult r;
            r.changeId = c.changeId;
            r.version = 1;
            repo.recordApplied(c, account, r);
        }
        repo.flush();
    }
};

} // namespace

TEST_F(RecordRepoKnownChanges, NewChangesBesideOnesAnsweredBeforeWhetherTheirRangeIsSparseOrCrowded)
{
    // 300 changes answered over time; a push of new ones, a few retries among them, and
    // one push whose retries are old (its range spans everything logged).
    std::vector<std::string> answered;
    for (int i = 0; i < 300; ++i)
        answered.push_back(newUuid());
    logAnswered(answered);
    for (const bool crowded : {false, true}) {
        SCOPED_TRACE(crowded ? "crowded" : "sparse");
        std::vector<std::string> push;
        for (int i = 0; i < 40; ++i)
            push.push_back(newUuid());
        push.push_back(answered.back());
        push.push_back(answered[answered.size() - 2]);
        if (crowded)
            push.push_back(answered.front());
        const auto known = repo.knownChangeIds({push.begin(), push.end()});
        EXPECT_EQ(known.size(), crowded ? 3u : 2u);
        EXPECT_TRUE(known.contains(answered.back()));
        EXPECT_TRUE(known.contains(answered[answered.size() - 2]));
        EXPECT_EQ(known.contains(answered.front()), crowded);
        for (int i = 0; i < 40; ++i)
            EXPECT_FALSE(known.contains(push[static_cast<std::size_t>(i)]));
    }
    EXPECT_TRUE(repo.knownChangeIds({}).empty());
}
