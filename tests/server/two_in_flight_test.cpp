// Two pushes on the wire at once (a transport that takes calls from two threads): every
// change still lands exactly once, whichever push the server applies first and whichever
// answer is lost.

#include "sync_fixture.hpp"
#include "test_support.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {

// Passes calls through from any thread and notes how many pushes were on the wire at once.
// It can hold the first push back until the second has been sent (`holdFirst`) or even
// answered (`answerSecondFirst`), so the overlap and the order do not depend on timing;
// a hold gives up after 20 s, so a client that never sends a second push fails the test
// instead of hanging it.
class Overlap : public sync::Transport {
public:
    explicit Overlap(sync::Transport& real)
        : real_(real)
    {
    }
    int parallelCalls() const override { return 2; }
    sync::HttpResponse send(const std::string& m, const std::string& p, const std::string& b,
                            const std::map<std::string, std::string>& h) override
    {
        if (p != "/api/v1/sync/push")
            return real_.send(m, p, b, h);
        std::unique_lock lock(mutex_);
        const int number = ++pushes_;
        most = std::max(most.load(), ++onWire_);
        changed_.notify_all();
        if (number == 1 && (holdFirst || answerSecondFirst))
            changed_.wait_for(lock, std::chrono::seconds(20),
                              [&] { return answerSecondFirst ? answered_ >= 1 : pushes_ >= 2; });
        lock.unlock();
        struct Leave {
            Overlap& o;
            ~Leave()
            {
                std::lock_guard l(o.mutex_);
                --o.onWire_;
                ++o.answered_;
                o.changed_.notify_all();
            }
        } leave{*this};
        auto response = real_.send(m, p, b, h);
        if (number == losePush)
            throw Error(ErrorDomain::Sync, ErrorCode::Unreachable, "answer lost (test)");
        if (number == 1)
            firstAnsweredAfterSecond = answered_ >= 1;
        return response;
    }
    bool holdFirst = false;
    bool answerSecondFirst = false;
    int losePush = 0; // sent and applied, its answer lost
    std::atomic<int> most = 0;
    std::atomic<bool> firstAnsweredAfterSecond = false;

private:
    sync::Transport& real_;
    std::mutex mutex_;
    std::condition_variable changed_;
    int pushes_ = 0;
    int onWire_ = 0;
    int answered_ = 0;
};

class TwoInFlight : public ::testing::Test {
protected:
    ServerProcess server;
    TempDir dir;

    void addFollowUps(Device& d, int n)
    {
        sqlite::Transaction tx(d.store->database());
        for (int i = 0; i < n; ++i)
            d.newFollowUp("follow-up " + std::to_string(i));
        tx.commit();
    }
    // Each follow-up the device made, stored once.
    std::int64_t serverFollowUps()
    {
        sqlite::Database db(server.dataDir() / "server.db");
        sqlite::Statement st(db,
                             "SELECT count(*) FROM record WHERE entity = 'follow_up' AND "
                             "json_extract(fields, '$.description') LIKE 'follow-up %'");
        st.step();
        return st.getInt64(0);
    }
};

} // namespace

TEST_F(TwoInFlight, TwoPushesAreOnTheWireAtOnceAndEveryChangeLandsOnce)
{
    Device d(dir.file("two.db"), server.url());
    Overlap wire(*d.http);
    wire.holdFirst = true;
    sync::SyncEngine engine(*d.store, wire);
    engine.signIn("patrol", "demo");
    engine.pull();
    addFollowUps(d, 4000);
    const auto report = engine.push();
    EXPECT_EQ(wire.most, 2);
    EXPECT_EQ(report.applied, 4000);
    EXPECT_EQ(engine.pendingChanges(), 0);
    EXPECT_EQ(serverFollowUps(), 4000);
    expectConverged(server.url(), {&d});
}

TEST_F(TwoInFlight, ALaterPushAppliedBeforeAnEarlierOneChangesNothing)
{
    Device d(dir.file("reorder.db"), server.url());
    Overlap wire(*d.http);
    wire.answerSecondFirst = true;
    sync::SyncEngine engine(*d.store, wire);
    engine.signIn("patrol", "demo");
    engine.pull();
    addFollowUps(d, 3000);
    const auto report = engine.push();
    EXPECT_TRUE(wire.firstAnsweredAfterSecond);
    EXPECT_EQ(report.applied, 3000);
    EXPECT_EQ(serverFollowUps(), 3000);
    expectConverged(server.url(), {&d});
}

TEST_F(TwoInFlight, AnAnswerLostWhileTheNextPushIsOnTheWireLeavesNothingBehindAndNothingTwice)
{
    Device d(dir.file("lost.db"), server.url());
    Overlap wire(*d.http);
    wire.holdFirst = true;
    wire.losePush = 2;
    sync::SyncEngine engine(*d.store, wire);
    engine.signIn("patrol", "demo");
    engine.pull();
    addFollowUps(d, 4000);
    EXPECT_THROW(
        {
            try {
                engine.push();
            } catch (const Error& e) {
                EXPECT_EQ(e.code(), ErrorCode::Unreachable);
                throw;
            }
        },
        Error);
    EXPECT_GT(engine.pendingChanges(), 0);
    // The retry resends what the server applied already: answered as duplicates.
    const auto retry = engine.push();
    EXPECT_GT(retry.duplicate, 0);
    EXPECT_EQ(engine.pendingChanges(), 0);
    EXPECT_EQ(serverFollowUps(), 4000);
    expectConverged(server.url(), {&d});
}
