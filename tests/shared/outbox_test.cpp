#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/uuid.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace patrolbook;
using patrolbook::test::sample;

namespace {

class OutboxTest : public ::testing::Test {
protected:
    test::TempDir dir;
    Store store{dir.file("device.db")};
};

} // namespace

TEST_F(OutboxTest, ChangesComeOutInTheOrderTheyWereMade)
{
    const auto a = sample<Inspection>();
    const auto b = sample<InspectionItem>();
    const auto c = sample<FollowUp>();
    store.records().insert(a);
    store.records().insert(b);
    store.records().insert(c);
    const auto pending = store.outbox().unacknowledged(10);
    ASSERT_EQ(pending.size(), 3u);
    EXPECT_EQ(pending[0].recordId, a.id);
    EXPECT_EQ(pending[1].recordId, b.id);
    EXPECT_EQ(pending[2].recordId, c.id);
    EXPECT_EQ(store.outbox().unacknowledged(2).size(), 2u);
}

TEST_F(OutboxTest, AChangeGetsItsIdWhenFirstSentAndKeepsItForRetries)
{
    store.records().insert(sample<Photo>());
    const auto seq = store.outbox().unacknowledged(1).at(0).seq;
    EXPECT_TRUE(store.outbox().entry(seq)->changeId.empty());
    store.outbox().markSent(seq);
    const auto first = store.outbox().entry(seq)->changeId;
    EXPECT_TRUE(isUuid(first));
    store.outbox().markSent(seq); // the retry after a lost answer
    EXPECT_EQ(store.outbox().entry(seq)->changeId, first);
    EXPECT_EQ(store.outbox().entry(seq)->attempts, 2);
}

TEST_F(OutboxTest, AcknowledgeRemovesTheChangeAndSetsTheServerVersion)
{
    const auto area = sample<Area>();
    store.records().insert(area);
    const auto entry = store.outbox().unacknowledged(1).at(0);
    store.outbox().markSent(entry.seq);
    store.outbox().acknowledge(entry.seq, 17);
    EXPECT_EQ(store.outbox().pendingCount(), 0);
    EXPECT_EQ(store.records().get<Area>(area.id)->version, 17);
    store.outbox().acknowledge(entry.seq, 17); // a repeated answer is harmless
    auto edited = area;
    edited.name = "新名字";
    store.records().update(edited);
    EXPECT_EQ(store.outbox().unacknowledged(1).at(0).baseVersion, 17);
}

TEST_F(OutboxTest, AcknowledgingAnOlderChangeKeepsTheNewerOnePending)
{
    auto area = sample<Area>();
    store.records().insert(area);
    const auto first = store.outbox().unacknowledged(1).at(0);
    store.outbox().markSent(first.seq);
    area.name = "改名";
    store.records().update(area);
    store.outbox().acknowledge(first.seq, 1);
    const auto pending = store.outbox().unacknowledged(10);
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].fields, std::vector<std::string>{"name"});
    EXPECT_EQ(pending[0].baseVersion, 1) << "the newer change now builds on the acknowledged one";
    area.code = "X";
    store.records().update(area);
    EXPECT_EQ(store.outbox().unacknowledged(10).size(), 1u) << "still folds into the newer pending change";
}

TEST_F(OutboxTest, EditsMadeWhileARefusedCreationWasInFlightCarryTheWholeRecord)
{
    auto area = sample<Area>();
    store.records().insert(area);
    const auto first = store.outbox().unacknowledged(1).at(0);
    store.outbox().markSent(first.seq);
    area.name = "改名";
    store.records().update(area);
    EXPECT_EQ(store.outbox().unacknowledged(10).at(1).fields, std::vector<std::string>{"name"});
    store.outbox().reject(first.seq, "only a manager can change areas");
    EXPECT_EQ(store.outbox().unacknowledged(10).at(0).fields.size(), std::tuple_size_v<decltype(Schema<Area>::fields)>);
}

TEST_F(OutboxTest, ARejectedChangeStaysWithItsReason)
{
    const auto followUp = sample<FollowUp>();
    store.records().insert(followUp);
    const auto entry = store.outbox().unacknowledged(1).at(0);
    store.outbox().markSent(entry.seq);
    store.outbox().reject(entry.seq, "you may not close follow-ups of another property");
    EXPECT_EQ(store.outbox().pendingCount(), 0);
    const auto rejected = store.outbox().rejected();
    ASSERT_EQ(rejected.size(), 1u);
    EXPECT_EQ(rejected[0].state, OutboxState::Rejected);
    EXPECT_EQ(rejected[0].reason, "you may not close follow-ups of another property");
    EXPECT_EQ(rejected[0].attempts, 1);
    EXPECT_TRUE(store.records().get<FollowUp>(followUp.id)) << "the record stays on the device";
}

TEST_F(OutboxTest, ARefusedChangeCanBeSentAgainAsANewChange)
{
    store.records().insert(sample<Photo>());
    const auto seq = store.outbox().unacknowledged(1).at(0).seq;
    store.outbox().markSent(seq);
    const auto firstId = store.outbox().entry(seq)->changeId;
    store.outbox().reject(seq, "no access");
    store.outbox().retry(seq);
    EXPECT_EQ(store.outbox().pendingCount(), 1);
    EXPECT_TRUE(store.outbox().rejected().empty());
    store.outbox().markSent(seq);
    EXPECT_NE(store.outbox().entry(seq)->changeId, firstId) << "the server remembers its answer to the old id";
}

TEST_F(OutboxTest, DiscardingARefusedCreationRemovesTheRecordToo)
{
    const auto followUp = sample<FollowUp>();
    store.records().insert(followUp);
    const auto seq = store.outbox().unacknowledged(1).at(0).seq;
    EXPECT_FALSE(store.outbox().discard(seq)) << "only a refused change can be given up";
    EXPECT_TRUE(store.records().get<FollowUp>(followUp.id));
    store.outbox().markSent(seq);
    store.outbox().reject(seq, "only a manager can close a follow-up");
    EXPECT_TRUE(store.outbox().discard(seq));
    EXPECT_FALSE(store.records().get<FollowUp>(followUp.id));
    EXPECT_TRUE(store.outbox().rejected().empty());
    EXPECT_EQ(store.outbox().pendingCount(), 0);
}

TEST_F(OutboxTest, ARefusedEditOfAServerRecordIsNotDiscardedButRetried)
{
    auto area = sample<Area>();
    area.version = 4;
    store.records().putFromServer(area);
    auto edited = area;
    edited.name = "not allowed";
    store.records().update(edited);
    const auto seq = store.outbox().unacknowledged(1).at(0).seq;
    store.outbox().markSent(seq);
    store.outbox().reject(seq, "only a manager can change areas");
    EXPECT_FALSE(store.outbox().discard(seq));
    EXPECT_EQ(store.outbox().rejected().size(), 1u) << "still there for the user";
}

TEST_F(OutboxTest, ABatchIsMarkedSentInOneGoAndKeepsEarlierChangeIds)
{
    store.records().insert(sample<Photo>());
    store.records().insert(sample<FollowUp>());
    const auto entries = store.outbox().unacknowledged(10);
    ASSERT_EQ(entries.size(), 2u);
    store.outbox().markSent(entries[1].seq); // sent before, its answer lost
    const auto earlier = store.outbox().entry(entries[1].seq)->changeId;
    auto sent = entries;
    store.outbox().markSent(sent);
    ASSERT_EQ(sent.size(), 2u);
    EXPECT_EQ(sent[0].seq, entries[0].seq);
    EXPECT_TRUE(isUuid(sent[0].changeId));
    EXPECT_EQ(sent[1].changeId, earlier) << "a retry keeps its change id";
    EXPECT_EQ(sent[1].attempts, 2);
    EXPECT_EQ(sent[0].state, OutboxState::Sent);
    EXPECT_EQ(store.outbox().entry(entries[0].seq)->changeId, sent[0].changeId);
    EXPECT_EQ(store.outbox().unacknowledged(10, {entries[0].seq}).size(), 1u) << "left out while on the wire";
    EXPECT_EQ(store.outbox().unacknowledged(10, {entries[0].seq}).at(0).seq, entries[1].seq);
}

TEST_F(OutboxTest, ABatchAcknowledgementSettlesEachRecordAndRebasesEditsMadeMeanwhile)
{
    auto area = sample<Area>();
    const auto followUp = sample<FollowUp>();
    store.records().insert(area);
    store.records().insert(followUp);
    auto sent = store.outbox().unacknowledged(10);
    store.outbox().markSent(sent);
    ASSERT_EQ(sent.size(), 2u);
    area.name = "改名"; // edited while the batch was on the wire
    store.records().update(area);
    store.outbox().acknowledge(std::vector<Outbox::Acknowledgement>{{&sent[0], 21}, {&sent[1], 22}});

    EXPECT_EQ(store.records().get<Area>(area.id)->version, 21);
    EXPECT_EQ(store.records().get<FollowUp>(followUp.id)->version, 22);
    const auto pending = store.outbox().unacknowledged(10);
    ASSERT_EQ(pending.size(), 1u) << "the follow-up is done; the area's later edit waits";
    EXPECT_EQ(pending[0].recordId, area.id);
    EXPECT_EQ(pending[0].baseVersion, 21) << "the later edit builds on the acknowledged version";
    auto again = *store.records().get<FollowUp>(followUp.id);
    again.description = "又坏了";
    store.records().update(again);
    EXPECT_EQ(store.outbox().unacknowledged(10).back().baseVersion, 22)
        << "the follow-up no longer points at its acknowledged entry";
}

TEST_F(OutboxTest, EntriesOnTheWireAreLeftOutWhereverTheyLie)
{
    for (int i = 0; i < 8; ++i)
        store.records().insert(sample<Photo>());
    std::vector<std::int64_t> seq;
    for (const auto& e : store.outbox().unacknowledged(100))
        seq.push_back(e.seq);
    ASSERT_EQ(seq.size(), 8u);
    const auto seqsOf = [](const std::vector<OutboxEntry>& entries) {
        std::vector<std::int64_t> out;
        for (const auto& e : entries)
            out.push_back(e.seq);
        return out;
    };
    // A run of three and a lone one, given out of order.
    const std::vector<std::int64_t> onTheWire{seq[6], seq[2], seq[1], seq[3]};
    EXPECT_EQ(seqsOf(store.outbox().unacknowledged(100, onTheWire)),
              (std::vector<std::int64_t>{seq[0], seq[4], seq[5], seq[7]}));
    EXPECT_EQ(seqsOf(store.outbox().unacknowledged(3, onTheWire)), (std::vector<std::int64_t>{seq[0], seq[4], seq[5]}));
    EXPECT_EQ(seqsOf(store.outbox().unacknowledged(100, {seq[7], seq[0]})),
              (std::vector<std::int64_t>(seq.begin() + 1, seq.end() - 1)));
}

TEST_F(OutboxTest, MarkingABatchSentTouchesOnlyItsOwnEntriesBetweenTheGaps)
{
    for (int i = 0; i < 7; ++i)
        store.records().insert(sample<Photo>());
    const auto all = store.outbox().unacknowledged(100);
    ASSERT_EQ(all.size(), 7u);
    store.outbox().markSent(all[1].seq);
    store.outbox().reject(all[1].seq, "refused meanwhile");
    // Runs with holes (2 and 5 stay behind), given out of order, one of them refused.
    std::vector<OutboxEntry> batch{all[4], all[0], all[1], all[3], all[6]};
    store.outbox().markSent(batch);
    ASSERT_EQ(batch.size(), 4u) << "the refused entry leaves the list";
    std::set<std::string> ids;
    for (const auto& e : batch) {
        EXPECT_EQ(e.state, OutboxState::Sent);
        EXPECT_EQ(e.attempts, 1);
        EXPECT_TRUE(isUuid(e.changeId));
        EXPECT_EQ(store.outbox().entry(e.seq)->changeId, e.changeId);
        ids.insert(e.changeId);
    }
    EXPECT_EQ(ids.size(), 4u) << "each entry has its own change id";
    EXPECT_EQ(batch[0].seq, all[4].seq) << "the list keeps its order";
    for (const auto i : {2, 5}) {
        const auto left = store.outbox().entry(all[static_cast<std::size_t>(i)].seq);
        EXPECT_EQ(left->state, OutboxState::Pending);
        EXPECT_TRUE(left->changeId.empty());
        EXPECT_EQ(left->attempts, 0);
    }
    const auto refused = store.outbox().entry(all[1].seq);
    EXPECT_EQ(refused->state, OutboxState::Rejected);
    EXPECT_EQ(refused->attempts, 1);
}

TEST_F(OutboxTest, ALargeAcknowledgementSettlesEveryRecordOfEveryTableWhateverItsChunk)
{
    std::vector<Photo> photos;
    for (int i = 0; i < 45; ++i)
        store.records().insert(photos.emplace_back(sample<Photo>()));
    std::vector<FollowUp> followUps;
    for (int i = 0; i < 3; ++i)
        store.records().insert(followUps.emplace_back(sample<FollowUp>()));
    auto sent = store.outbox().unacknowledged(100);
    store.outbox().markSent(sent);
    ASSERT_EQ(sent.size(), 48u);
    // Edited while the batch was on the wire: one in a chunk of 32, one in a smaller one.
    for (const auto i : {5, 40}) {
        auto& p = photos[static_cast<std::size_t>(i)];
        p.width += 1;
        store.records().update(p);
    }
    std::vector<Outbox::Acknowledgement> acks;
    for (std::size_t i = 0; i < sent.size(); ++i)
        acks.push_back({&sent[i], static_cast<std::int64_t>(100 + i)});
    store.outbox().acknowledge(acks);

    for (std::size_t i = 0; i < photos.size(); ++i)
        EXPECT_EQ(store.records().get<Photo>(photos[i].id)->version, static_cast<std::int64_t>(100 + i));
    for (std::size_t i = 0; i < followUps.size(); ++i)
        EXPECT_EQ(store.records().get<FollowUp>(followUps[i].id)->version, static_cast<std::int64_t>(145 + i));
    auto pending = store.outbox().unacknowledged(100);
    ASSERT_EQ(pending.size(), 2u) << "only the edits made meanwhile wait";
    EXPECT_EQ(pending[0].recordId, photos[5].id);
    EXPECT_EQ(pending[0].baseVersion, 105) << "rebased on the acknowledged version";
    EXPECT_EQ(pending[1].recordId, photos[40].id);
    EXPECT_EQ(pending[1].baseVersion, 140);
    // Every other record stopped pointing at its entry: a new edit starts a new one.
    for (const auto i : {0, 31, 32, 44}) {
        auto p = *store.records().get<Photo>(photos[static_cast<std::size_t>(i)].id);
        p.width += 2;
        store.records().update(p);
    }
    auto f = *store.records().get<FollowUp>(followUps[2].id);
    f.description = "又坏了";
    store.records().update(f);
    pending = store.outbox().unacknowledged(100);
    ASSERT_EQ(pending.size(), 7u);
    EXPECT_EQ(pending[2].baseVersion, 100);
    EXPECT_EQ(pending[5].baseVersion, 144);
    EXPECT_EQ(pending[6].baseVersion, 147);
}

TEST_F(OutboxTest, EntriesOnTheWireAreLeftOutWhereverTheyLieAndTheRestComeInOrder)
{
    std::vector<std::int64_t> seqs;
    for (int i = 0; i < 10; ++i) {
        auto f = sample<FollowUp>();
        f.id = newUuid();
        store.records().insert(f);
    }
    for (const auto& e : store.outbox().unacknowledged(10))
        seqs.push_back(e.seq);
    ASSERT_EQ(seqs.size(), 10u);
    store.outbox().reject(seqs[1], "refused (test)");
    const auto seqsOf = [](const std::vector<OutboxEntry>& entries) {
        std::vector<std::int64_t> out;
        for (const auto& e : entries)
            out.push_back(e.seq);
        return out;
    };
    // A run on the wire in the middle, and one more entry on its own.
    const std::vector<std::int64_t> onWire{seqs[3], seqs[4], seqs[5], seqs[6], seqs[8]};
    EXPECT_EQ(seqsOf(store.outbox().unacknowledged(10, onWire)),
              (std::vector<std::int64_t>{seqs[0], seqs[2], seqs[7], seqs[9]}));
    EXPECT_EQ(seqsOf(store.outbox().unacknowledged(3, onWire)), (std::vector<std::int64_t>{seqs[0], seqs[2], seqs[7]}));
    // A run at the head (the usual case: two batches on the wire, the next taken).
    const std::vector<std::int64_t> head{seqs[0], seqs[2], seqs[3], seqs[4], seqs[5]};
    EXPECT_EQ(seqsOf(store.outbox().unacknowledged(3, head)), (std::vector<std::int64_t>{seqs[6], seqs[7], seqs[8]}));
    EXPECT_EQ(seqsOf(store.outbox().unacknowledged(10, head)),
              (std::vector<std::int64_t>{seqs[6], seqs[7], seqs[8], seqs[9]}));
}

TEST_F(OutboxTest, ARunOfAcknowledgementsSettlesEachRecordAndAnEditMadeDuringTheSendIsRebased)
{
    std::vector<FollowUp> made;
    for (int i = 0; i < 4; ++i) {
        auto f = sample<FollowUp>();
        f.id = newUuid();
        store.records().insert(f);
        made.push_back(f);
    }
    auto sent = store.outbox().unacknowledged(10);
    ASSERT_EQ(sent.size(), 4u);
    store.outbox().markSent(sent);
    // The third is edited while the batch is on the wire: a new entry, on top of the sent one.
    auto edited = made[2];
    edited.description = "edited during the send";
    store.records().update(edited);
    // The server applied them one after another: seqs and versions both go up by one.
    std::vector<Outbox::Acknowledgement> acks;
    for (std::size_t i = 0; i < sent.size(); ++i)
        acks.push_back({&sent[i], 40 + static_cast<std::int64_t>(i)});
    store.outbox().acknowledge(acks);
    for (std::size_t i = 0; i < made.size(); ++i)
        EXPECT_EQ(store.records().get<FollowUp>(made[i].id)->version, 40 + static_cast<std::int64_t>(i)) << i;
    const auto left = store.outbox().unacknowledged(10);
    ASSERT_EQ(left.size(), 1u) << "the acknowledged entries are gone, the edit waits";
    EXPECT_EQ(left[0].recordId, made[2].id);
    EXPECT_EQ(left[0].baseVersion, 42) << "based on the version the server gave the change under it";
    EXPECT_EQ(store.outbox().pendingCount(), 1);
    sqlite::Statement waiting(store.database(), "SELECT id FROM follow_up WHERE pending_change IS NOT NULL");
    ASSERT_TRUE(waiting.step());
    EXPECT_EQ(waiting.getString(0), made[2].id) << "only the edited record still has a change to send";
    EXPECT_FALSE(waiting.step());
}
