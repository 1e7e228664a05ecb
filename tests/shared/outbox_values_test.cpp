// A change's values made when its record is saved (outbox_values, store schema v3): kept
// only while they are what the record would give, dropped however the record or the
// entry's field list changes, gone with their entry.

#include "patrolbook/json_parse.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/records.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/change_builder.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

using namespace patrolbook;
using patrolbook::sync::Json;
using patrolbook::test::sample;

namespace {

class OutboxValues : public ::testing::Test {
protected:
    test::TempDir dir;
    Store store{dir.file("device.db")};

    // The values kept for the entry, if any.
    std::optional<Json> kept(std::int64_t seq)
    {
        sqlite::Statement st(store.database(), "SELECT fields FROM outbox_values WHERE seq = ?");
        st.bind(1, seq);
        if (!st.step())
            return std::nullopt;
        return parseJson(st.getText(0));
    }
    std::int64_t keptRows()
    {
        sqlite::Statement st(store.database(), "SELECT count(*) FROM outbox_values");
        st.step();
        return st.getInt64(0);
    }
    // The values the entry's record gives now (what a push sends without a kept copy).
    Json fromRecord(const OutboxEntry& e) { return sync::buildChanges(store, {e}).at(0).fields; }
    OutboxEntry only()
    {
        auto all = store.outbox().unacknowledged(10);
        EXPECT_EQ(all.size(), 1u);
        return all.at(0);
    }
    void exec(const std::string& sql, const std::string& id)
    {
        sqlite::Statement st(store.database(), sql);
        st.bind(1, id);
        st.run();
    }
};

} // namespace

TEST_F(OutboxValues, TheTriggersNameEveryValueColumnOfEveryRecordTable)
{
    // A column added later without its trigger rewritten would let a copy go stale.
    forEachRecordType(AllRecordTypes{}, [&]<class T>() {
        const std::string table{Schema<T>::entity};
        SCOPED_TRACE(table);
        std::set<std::string> columns;
        sqlite::Statement info(store.database(), "PRAGMA table_info(" + table + ")");
        while (info.step())
            if (const std::string c = info.getString(1); c != "id" && c != "version" && c != "pending_change")
                columns.insert(c);
        sqlite::Statement trigger(store.database(),
                                  "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
        trigger.bind(1, table + "_values_stale");
        ASSERT_TRUE(trigger.step());
        const std::string sql = trigger.getString(0);
        const auto from = sql.find("UPDATE OF ") + 10;
        const auto to = sql.find(" ON " + table);
        ASSERT_NE(to, std::string::npos);
        std::set<std::string> named;
        std::istringstream list(sql.substr(from, to - from));
        for (std::string name; std::getline(list, name, ',');) {
            name.erase(0, name.find_first_not_of(" \n"));
            name.erase(name.find_last_not_of(" \n") + 1);
            named.insert(name);
        }
        EXPECT_EQ(named, columns);
    });
}

TEST_F(OutboxValues, ASavedChangeKeepsWhatItsRecordGivesAndEditsFoldedInAreMadeAgain)
{
    auto item = sample<InspectionItem>();
    store.records().insert(item);
    auto e = only();
    ASSERT_TRUE(kept(e.seq));
    EXPECT_EQ(*kept(e.seq), fromRecord(e));

    item.note = "地砖松动, 已报修";
    store.records().update(item); // not sent yet: folds into the entry
    e = only();
    ASSERT_TRUE(kept(e.seq));
    EXPECT_EQ(kept(e.seq)->at("note"), "地砖松动, 已报修");
    EXPECT_EQ(*kept(e.seq), fromRecord(e));

    // Sent and acknowledged: an edit now is an entry of its own, of its fields only.
    store.outbox().markSent(e.seq);
    store.outbox().acknowledge(e.seq, 7);
    EXPECT_EQ(keptRows(), 0);
    item.note = "已修好";
    store.records().update(item);
    e = only();
    ASSERT_TRUE(kept(e.seq));
    EXPECT_EQ(*kept(e.seq), (Json{{"note", "已修好"}}));
    EXPECT_EQ(*kept(e.seq), fromRecord(e));
}

TEST_F(OutboxValues, ARecordChangedBehindTheStoresBackDropsItsCopy)
{
    const auto item = sample<InspectionItem>();
    store.records().insert(item);
    const auto e = only();
    ASSERT_TRUE(kept(e.seq));
    // A version set (as settling an answer does) changes no value: the copy stays.
    exec("UPDATE inspection_item SET version = 3 WHERE id = ?", item.id);
    EXPECT_TRUE(kept(e.seq));
    exec("UPDATE inspection_item SET note = 'written by hand' WHERE id = ?", item.id);
    EXPECT_FALSE(kept(e.seq));
    EXPECT_EQ(fromRecord(e).at("note"), "written by hand");
}

TEST_F(OutboxValues, AFieldListWidenedByARefusalDropsTheCopy)
{
    auto f = sample<FollowUp>();
    store.records().insert(f);
    const auto created = only();
    store.outbox().markSent(created.seq);
    f.description = "电梯按钮失灵, 三楼";
    store.records().update(f); // an entry of its own: the first is on its way
    const auto edit = store.outbox().unacknowledged(10).at(1);
    ASSERT_TRUE(kept(edit.seq));
    EXPECT_EQ(*kept(edit.seq), (Json{{"description", "电梯按钮失灵, 三楼"}}));

    // The server refuses the creation: the edit must now carry the whole record.
    store.outbox().reject(created.seq, "refused (test)");
    EXPECT_FALSE(kept(edit.seq));
    const auto widened = store.outbox().entry(edit.seq).value();
    EXPECT_EQ(fromRecord(widened), fieldsToJson(store.records().get<FollowUp>(f.id).value()));
}

TEST_F(OutboxValues, ValuesGoWithTheirEntries)
{
    // Acknowledged, a run at a time.
    for (int i = 0; i < 5; ++i)
        store.records().insert(sample<InspectionItem>());
    for (const auto& e : store.outbox().unacknowledged(10))
        store.outbox().markSent(e.seq);
    EXPECT_EQ(keptRows(), 5);
    std::vector<Outbox::Acknowledgement> acks;
    const auto sent = store.outbox().unacknowledged(10);
    for (std::size_t i = 0; i < sent.size(); ++i)
        acks.push_back({&sent[i], static_cast<std::int64_t>(10 + i)});
    store.outbox().acknowledge(acks);
    EXPECT_EQ(keptRows(), 0);

    // Removed before the server heard of it.
    const auto unsent = sample<FollowUp>();
    store.records().insert(unsent);
    EXPECT_EQ(keptRows(), 1);
    store.records().remove<FollowUp>(unsent.id);
    EXPECT_EQ(keptRows(), 0);

    // Refused and discarded.
    const auto refused = sample<FollowUp>();
    store.records().insert(refused);
    const auto e = only();
    store.outbox().markSent(e.seq);
    store.outbox().reject(e.seq, "refused (test)");
    EXPECT_EQ(keptRows(), 1);
    EXPECT_TRUE(store.outbox().discard(e.seq));
    EXPECT_EQ(keptRows(), 0);
}
