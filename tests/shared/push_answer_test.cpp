// The push answer as the device reads it: straight from the text into results, with a
// malformed answer refused as the server's fault and the batch kept for the retry.

#include "patrolbook/error.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/protocol.hpp"
#include "patrolbook/sync/sync_engine.hpp"
#include "patrolbook/sync/transport.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

using namespace patrolbook;
using namespace patrolbook::sync;
using patrolbook::test::sample;

namespace {

void expectMalformed(const std::string& text)
{
    try {
        parsePushResults(text);
        ADD_FAILURE() << "accepted: " << text;
    } catch (const Error& e) {
        EXPECT_EQ(e.domain(), ErrorDomain::Json) << text;
    }
}

// Answers every push with `answer(change ids of the request)`; remembers what was sent.
class CannedServer : public Transport {
public:
    HttpResponse send(const std::string&, const std::string& path, const std::string& body,
                      const std::map<std::string, std::string>&) override
    {
        const auto request = nlohmann::json::parse(body);
        std::vector<std::string> ids;
        for (const auto& c : request.at("changes"))
            ids.push_back(c["change_id"].get<std::string>());
        sent.push_back(ids);
        EXPECT_EQ(path, "/api/v1/sync/push");
        return {200, answer(ids), {}};
    }
    std::function<std::string(const std::vector<std::string>&)> answer;
    std::vector<std::vector<std::string>> sent;
};

std::string applied(const std::vector<std::string>& ids)
{
    std::vector<ChangeResult> results;
    for (const auto& id : ids)
        results.push_back({id, ChangeStatus::Applied, 3, std::nullopt, false});
    return pushAnswerText(results, "2026-01-01T00:00:00Z");
}

} // namespace

TEST(PushAnswer, ReadsWhatTheServerWrites)
{
    const std::vector<ChangeResult> results{
        {"a", ChangeStatus::Applied, 4, std::nullopt, false},
        {"b", ChangeStatus::Duplicate, 5, std::nullopt, false},
        {"c", ChangeStatus::Merged, 6, std::nullopt, false},
        {"d", ChangeStatus::Conflict, 7, "another change to \"title\" won", false},
        {"e", ChangeStatus::Rejected, 0, "its parent is not here yet", true},
    };
    const auto read = parsePushResults(pushAnswerText(results, "2026-01-01T00:00:00Z"));
    ASSERT_EQ(read.size(), results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        EXPECT_EQ(read[i].changeId, results[i].changeId);
        EXPECT_EQ(read[i].status, results[i].status);
        EXPECT_EQ(read[i].version, results[i].version);
        EXPECT_EQ(read[i].reason, results[i].reason);
        EXPECT_EQ(read[i].retry, results[i].retry);
    }
    EXPECT_TRUE(parsePushResults("\xEF\xBB\xBF {\"results\": []} ").empty()) << "a byte order mark is skipped";
}

TEST(PushAnswer, IgnoresWhatItDoesNotKnowAndTakesARepeatedNamesLastValue)
{
    const auto read = parsePushResults(R"({"later":{"x":[1,2,{"y":null}]},"results":[
        {"status":"applied","change_id":"a","version":1,"reason":42,"note":"hi","retry":false},
        {"change_id":"b","status":"merged","version":2,"reason":"kept","reason":null}],"server_time":"t"})");
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[0].changeId, "a");
    EXPECT_EQ(read[0].status, ChangeStatus::Applied);
    EXPECT_FALSE(read[0].reason) << "a reason that is not text is none";
    EXPECT_EQ(read[1].status, ChangeStatus::Merged);
    EXPECT_FALSE(read[1].reason);
}

TEST(PushAnswer, RefusesAnAnswerThatIsNotAPushAnswer)
{
    for (const char* text : {
             "",
             "not json",
             "[]",
             "null",
             R"({})",
             R"({"results":{}})",
             R"({"results":[1]})",
             R"({"results":[{"status":"applied","version":1}]})",
             R"({"results":[{"change_id":"","status":"applied","version":1}]})",
             R"({"results":[{"change_id":7,"status":"applied","version":1}]})",
             R"({"results":[{"change_id":"a","version":1}]})",
             R"({"results":[{"change_id":"a","status":"lost","version":1}]})",
             R"({"results":[{"change_id":"a","status":"applied"}]})",
             R"({"results":[{"change_id":"a","status":"applied","version":-1}]})",
             R"({"results":[{"change_id":"a","status":"applied","version":1.5}]})",
             R"({"results":[{"change_id":"a","status":"applied","version":1,"retry":"yes"}]})",
             R"({"results":[{"change_id":"a","status":"applied","version":1}]} x)",
             R"({"results":[{"change_id":"a","status":"applied","version":1})",
             R"({"results":[],"other":[1,]})",
         })
        expectMalformed(text);
}

TEST(PushAnswer, AMalformedAnswerIsTheServersFaultAndTheRetrySendsTheSameChangeIds)
{
    test::TempDir dir;
    Store store{dir.file("device.db")};
    store.records().insert(sample<Area>());
    store.records().insert(sample<FollowUp>());
    CannedServer server;
    server.answer = [](const std::vector<std::string>&) { return std::string{R"({"results":[{"change_id":1}]})"}; };
    SyncEngine engine(store, server);
    try {
        engine.push();
        ADD_FAILURE() << "a malformed answer was taken";
    } catch (const Error& e) {
        EXPECT_EQ(e.domain(), ErrorDomain::Sync);
        EXPECT_EQ(e.code(), ErrorCode::ServerError);
    }
    ASSERT_EQ(server.sent.size(), 1u) << "nothing more goes out after an answer that makes no sense";
    EXPECT_EQ(engine.pendingChanges(), 2) << "nothing is settled from it";

    server.answer = applied;
    const auto report = engine.push();
    ASSERT_EQ(server.sent.size(), 2u);
    EXPECT_EQ(server.sent[1], server.sent[0]) << "the retry resends the same change ids";
    EXPECT_EQ(report.applied, 2);
    EXPECT_EQ(engine.pendingChanges(), 0);
}
