// How large pushes are: they grow while the server answers quickly, a 413 halves them
// until they fit, and a change no push can carry is refused on the device with its
// reason instead of blocking the outbox forever.

#include "sync_fixture.hpp"
#include "test_support.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/sync/protocol.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {

// Passes everything through and notes, for each push, how many changes it carried and the
// status the server answered.
class PushLog : public sync::Transport {
public:
    explicit PushLog(sync::Transport& real)
        : real_(real)
    {
    }
    sync::HttpResponse send(const std::string& m, const std::string& p, const std::string& b,
                            const std::map<std::string, std::string>& h) override
    {
        auto response = real_.send(m, p, b, h);
        if (p == "/api/v1/sync/push") {
            std::size_t changes = 0;
            for (auto at = b.find("\"change_id\""); at != std::string::npos; at = b.find("\"change_id\"", at + 1))
                ++changes;
            pushes.push_back({changes, response.status});
        }
        return response;
    }
    struct Push {
        std::size_t changes;
        int status;
    };
    std::vector<Push> pushes;

private:
    sync::Transport& real_;
};

class PushSize : public ::testing::Test {
protected:
    ServerProcess server;
    TempDir dir;

    std::int64_t serverFollowUps(const std::string& description)
    {
        sqlite::Database db(server.dataDir() / "server.db");
        sqlite::Statement st(db,
                             "SELECT count(*) FROM record WHERE entity = 'follow_up' AND "
                             "json_extract(fields, '$.description') = ?");
        st.bind(1, description);
        st.step();
        return st.getInt64(0);
    }
};

} // namespace

TEST_F(PushSize, PushesGrowWhileTheServerAnswersQuicklyNeverBeyondWhatItTakes)
{
    Device d(dir.file("grow.db"), server.url());
    PushLog log(*d.http);
    sync::SyncEngine engine(*d.store, log);
    engine.signIn("patrol", "demo");
    engine.pull();
    {
        sqlite::Transaction tx(d.store->database());
        for (int i = 0; i < 4000; ++i)
            d.newFollowUp("follow-up " + std::to_string(i));
        tx.commit();
    }
    const auto report = engine.push();
    EXPECT_EQ(report.applied, 4000);
    ASSERT_GE(log.pushes.size(), 3u);
    EXPECT_EQ(log.pushes[0].changes, sync::firstPushChanges) << "what a server of an earlier release takes";
    std::size_t largest = 0;
    for (const auto& p : log.pushes) {
        EXPECT_EQ(p.status, 200);
        EXPECT_LE(p.changes, sync::maxChangesPerPush);
        largest = std::max(largest, p.changes);
    }
    // Over loopback answers come quickly (PushSizer's rule itself is tested with given
    // durations): later pushes carry more.
    EXPECT_GT(largest, sync::firstPushChanges);
    expectConverged(server.url(), {&d});
}

TEST_F(PushSize, ABodyTheServerRefusesAsTooLargeIsSentAgainInSmallerPushesUntilItFits)
{
    Device d(dir.file("halve.db"), server.url());
    PushLog log(*d.http);
    // A device whose budget trusts the server with more than it takes: the server's 413
    // is what stops it.
    sync::SyncEngine engine(*d.store, log, sync::PushSizer(64 * 1024 * 1024));
    engine.signIn("patrol", "demo");
    engine.pull();
    // Long pasted texts, as long as the server keeps (8 KiB, FieldCaps): 300 follow-ups
    // with two of them pass 4 MiB.
    const std::string note(8000, 'x');
    {
        sqlite::Transaction tx(d.store->database());
        for (int i = 0; i < 300; ++i) {
            auto f = d.newFollowUp(note);
            f.resolution = std::string(8000, 'r');
            d.store->records().update(f);
        }
        tx.commit();
    }
    const auto report = engine.push();
    EXPECT_EQ(report.applied, 300);
    EXPECT_EQ(report.rejected, 0);
    ASSERT_FALSE(log.pushes.empty());
    EXPECT_EQ(log.pushes[0].status, 413);
    EXPECT_EQ(log.pushes[0].changes, 300u);
    EXPECT_EQ(log.pushes.back().status, 200);
    EXPECT_LT(log.pushes.back().changes, 300u);
    EXPECT_EQ(serverFollowUps(note), 300);
    expectConverged(server.url(), {&d});
}

TEST_F(PushSize, AChangeLargerThanAnyPushIsRefusedOnTheDeviceWithItsReasonAndTheRestGoes)
{
    Device d(dir.file("huge.db"), server.url());
    PushLog log(*d.http);
    d.engine = std::make_unique<sync::SyncEngine>(*d.store, log);
    d.engine->signIn("patrol", "demo");
    d.engine->pull();
    const auto before = d.newFollowUp("路灯不亮");
    const auto huge = d.newFollowUp(std::string(sync::maxPushBodyBytes + 1024, 'x'));
    const auto after = d.newFollowUp("3号楼大堂地砖破损");
    const auto report = d.engine->push();
    EXPECT_EQ(report.applied, 2);
    const auto rejected = d.store->outbox().rejected();
    ASSERT_EQ(rejected.size(), 1u);
    EXPECT_EQ(rejected[0].recordId, huge.id);
    ASSERT_TRUE(rejected[0].reason);
    EXPECT_NE(rejected[0].reason->find("too large"), std::string::npos) << *rejected[0].reason;
    EXPECT_TRUE(d.store->records().get<FollowUp>(huge.id)) << "the record stays on the device";
    EXPECT_EQ(d.store->outbox().pendingCount(), 0) << "nothing waits behind it";
    for (const auto& p : log.pushes)
        EXPECT_EQ(p.status, 200) << "refused before it was sent";
    EXPECT_EQ(serverFollowUps(before.description), 1);
    EXPECT_EQ(serverFollowUps(after.description), 1);
    expectConverged(server.url(), {&d});
}

TEST_F(PushSize, APushLeftWithoutAnAnswerIsSentAgainInHalfTheSize)
{
    Device d(dir.file("lost.db"), server.url());
    PushLog log(*d.http);
    AnswerLost lossy(log); // the server applies the first push; its answer never arrives
    sync::SyncEngine engine(*d.store, lossy);
    engine.signIn("patrol", "demo");
    engine.pull();
    {
        sqlite::Transaction tx(d.store->database());
        for (int i = 0; i < 1200; ++i)
            d.newFollowUp("follow-up " + std::to_string(i));
        tx.commit();
    }
    EXPECT_THROW(engine.push(), Error);
    const auto report = engine.push();
    ASSERT_GE(log.pushes.size(), 2u);
    EXPECT_EQ(log.pushes[0].changes, sync::firstPushChanges);
    EXPECT_EQ(log.pushes[1].changes, sync::firstPushChanges / 2) << "half as large after the loss";
    EXPECT_EQ(report.duplicate, static_cast<int>(sync::firstPushChanges)) << "the lost push was applied once";
    expectConverged(server.url(), {&d});
}

namespace {

// A reverse proxy in front of the server with nginx's default client_max_body_size: a
// body over 1 MiB gets its 413, an HTML page, and never reaches the server.
class ProxyWithBodyLimit : public sync::Transport {
public:
    explicit ProxyWithBodyLimit(sync::Transport& real)
        : real_(real)
    {
    }
    sync::HttpResponse send(const std::string& m, const std::string& p, const std::string& b,
                            const std::map<std::string, std::string>& h) override
    {
        if (b.size() > 1024 * 1024) {
            ++refused;
            return {413, "<html><body>413 Request Entity Too Large</body></html>", {{"content-type", "text/html"}}};
        }
        return real_.send(m, p, b, h);
    }
    int refused = 0;

private:
    sync::Transport& real_;
};

} // namespace

TEST_F(PushSize, ASingleChangeRefusedAsTooLargeIsRefusedOnTheDeviceNotResentForever)
{
    Device d(dir.file("one.db"), server.url());
    ProxyWithBodyLimit proxy(*d.http);
    sync::SyncEngine engine(*d.store, proxy);
    engine.signIn("patrol", "demo");
    engine.pull();
    const auto small = d.newFollowUp("路灯不亮");
    // Under the server's own limit, over the proxy's.
    const auto f = d.newFollowUp(std::string(1536 * 1024, 'x'));
    const auto report = engine.push();
    EXPECT_EQ(report.applied, 1);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_EQ(proxy.refused, 1);
    const auto rejected = d.store->outbox().rejected();
    ASSERT_EQ(rejected.size(), 1u);
    EXPECT_EQ(rejected[0].recordId, f.id);
    ASSERT_TRUE(rejected[0].reason);
    EXPECT_NE(rejected[0].reason->find("too large"), std::string::npos) << *rejected[0].reason;
    EXPECT_NE(rejected[0].reason->find("413"), std::string::npos) << *rejected[0].reason;
    EXPECT_EQ(d.store->outbox().pendingCount(), 0);
    EXPECT_EQ(serverFollowUps(small.description), 1);
    engine.push();
    EXPECT_EQ(proxy.refused, 1) << "a refused change is not sent again until the user retries it";
}

// A push's records are read by one range scan of their table from the first id to the
// last; edits scattered among many records of the same table that have nothing to send
// make the range crowded, and are read by their ids instead: every one still goes with
// its values.
TEST_F(PushSize, EditsScatteredAmongManySettledRecordsGoWithTheirValues)
{
    Device d(dir.file("scattered.db"), server.url());
    d.engine->signIn("patrol", "demo");
    d.engine->pull();
    std::vector<FollowUp> made;
    {
        sqlite::Transaction tx(d.store->database());
        for (int i = 0; i < 300; ++i)
            made.push_back(d.newFollowUp("follow-up " + std::to_string(i)));
        tx.commit();
    }
    ASSERT_EQ(d.engine->push().applied, 300);
    {
        sqlite::Transaction tx(d.store->database());
        for (std::size_t i = 0; i < made.size(); i += 10) {
            auto f = d.store->records().get<FollowUp>(made[i].id).value();
            f.description = "edited " + std::to_string(i);
            d.store->records().update(f);
        }
        tx.commit();
    }
    const auto report = d.engine->push();
    EXPECT_EQ(report.applied + report.merged, 30);
    for (std::size_t i = 0; i < made.size(); i += 10)
        EXPECT_EQ(serverFollowUps("edited " + std::to_string(i)), 1) << i;
    expectConverged(server.url(), {&d});
}
