// A change's values are made when its record is saved and pushed as they are (store
// schema v3). Whatever else writes the record or the change, the server gets what the
// record holds when it is pushed.

#include "patrolbook/sqlite/statement.hpp"
#include "sync_fixture.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using namespace patrolbook::test;

namespace {

class SavedValues : public ::testing::Test {
protected:
    ServerProcess server;
    TempDir dir;

    std::unique_ptr<Device> device(const std::string& name)
    {
        auto d = std::make_unique<Device>(dir.file(name + ".db"), server.url());
        d->engine->signIn("patrol", "demo");
        d->engine->pull();
        return d;
    }
};

} // namespace

TEST_F(SavedValues, AValueWrittenBehindTheStoresBackReachesTheServerAsTheRecordHoldsIt)
{
    auto a = device("a");
    auto b = device("b");
    const auto f = a->newFollowUp("3号楼大堂地砖破损");
    {
        sqlite::Statement st(a->store->database(), "UPDATE follow_up SET description = ? WHERE id = ?");
        st.bind(1, std::string{"3号楼大堂地砖破损, 已围挡"}).bind(2, f.id);
        st.run();
    }
    EXPECT_EQ(a->engine->syncOnce().push.applied, 1);
    b->engine->pull();
    const auto onB = b->store->records().get<FollowUp>(f.id);
    ASSERT_TRUE(onB);
    EXPECT_EQ(onB->description, "3号楼大堂地砖破损, 已围挡");
    expectConverged(server.url(), {a.get(), b.get()});
}

TEST_F(SavedValues, AnEditWidenedByARefusedCreationCreatesTheWholeRecord)
{
    auto a = device("a");
    auto b = device("b");
    auto f = a->newFollowUp("电梯按钮失灵");
    const auto created = a->store->outbox().unacknowledged(10).at(0);
    a->store->outbox().markSent(created.seq); // on its way, unanswered
    f.description = "电梯按钮失灵, 三楼";
    a->store->records().update(f); // an entry of its own, of the description only
    a->store->outbox().reject(created.seq, "refused (test)");
    // The edit now stands for the whole record: the server builds it from the edit alone.
    EXPECT_EQ(a->engine->push().applied, 1);
    b->engine->pull();
    const auto onB = b->store->records().get<FollowUp>(f.id);
    ASSERT_TRUE(onB);
    EXPECT_EQ(onB->description, "电梯按钮失灵, 三楼");
    EXPECT_EQ(onB->propertyId, f.propertyId);
    EXPECT_EQ(onB->status, f.status);
}
