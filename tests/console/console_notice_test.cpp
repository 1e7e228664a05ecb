// A review that finds issues reaches the author's phone (records/notice.hpp,
// docs/console-api.md "Review"): the notice is pulled like any record, only its
// recipient answers it and only with a reply and the time of the correction, and the
// answer sends the record back to review. Real server.

#include "console_client.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

using namespace patrolbook;
using nlohmann::json;
using test::ConsoleClient;

namespace {

class ConsoleNotice : public ::testing::Test {
protected:
    test::ServerProcess server;

    // The notice about `recordId` in the device's pull, or null.
    static json noticeIn(test::ApiClient& device, const std::string& recordId)
    {
        json found;
        std::string cursor;
        for (int page = 0; page < 100; ++page) {
            const auto pulled
                = device.json("GET", "/api/v1/sync/pull?limit=1000" + (cursor.empty() ? "" : "&cursor=" + cursor));
            for (const auto& r : pulled["records"])
                if (r["entity"] == "notice" && r["fields"]["record_id"] == recordId)
                    found = r;
            if (!pulled.value("has_more", false))
                break;
            cursor = pulled["cursor"];
        }
        return found;
    }

    static json answer(const json& notice, json fields)
    {
        return {{"change_id", newUuid()},
                {"entity", "notice"},
                {"id", notice["id"]},
                {"base_version", notice["version"]},
                {"fields", std::move(fields)}};
    }

    static json push(test::ApiClient& device, const json& change)
    {
        const auto answer = device.json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", {change}}});
        EXPECT_TRUE(answer.contains("results")) << answer.dump();
        return answer.value("results", json::array({json::object()}))[0];
    }
};

} // namespace

TEST_F(ConsoleNotice, HasIssuesReachesTheAuthorsPhoneAndTheirAnswerSendsTheRecordBackToReview)
{
    test::ApiClient phone(server.url());
    const auto me = phone.login("patrol");
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto page
        = office.json("/api/v1/console/records?kind=inspection&staff=" + me["user"]["id"].get<std::string>());
    ASSERT_FALSE(page["records"].empty());
    const auto row = page["records"][0];
    const std::string id = row["id"];
    EXPECT_TRUE(noticeIn(phone, id).is_null()) << "no notice before a review finds issues";

    const auto path = "/api/v1/console/records/inspection/" + id + "/review";
    ASSERT_EQ(office.postJson(path, {{"state", "has_issues"}, {"comment", "大堂照片模糊，请补拍"}}).status, 200);
    const auto notice = noticeIn(phone, id);
    ASSERT_FALSE(notice.is_null());
    EXPECT_EQ(notice["fields"]["recipient_id"], me["user"]["id"]);
    EXPECT_EQ(notice["fields"]["state"], "has_issues");
    EXPECT_EQ(notice["fields"]["comment"], "大堂照片模糊，请补拍");
    EXPECT_EQ(notice["fields"]["reviewer_id"], office.user["id"]);
    EXPECT_EQ(notice["fields"]["record_version"], row["version"]);

    // Nobody but the recipient answers, and nobody rewrites what the office said.
    test::ApiClient colleague(server.url());
    const auto other = colleague.login("specialist");
    ASSERT_TRUE(other.contains("token")) << other.dump();
    EXPECT_EQ(push(colleague, answer(notice, {{"corrected_at", "2026-12-07T10:00:00+08:00"}}))["status"], "rejected");
    EXPECT_EQ(push(phone, answer(notice, {{"comment", "没问题"}}))["status"], "rejected");
    EXPECT_EQ(push(phone, answer(notice, {{"state", "approved"}}))["status"], "rejected");
    json made = answer(notice, notice["fields"]);
    made["id"] = newUuid();
    made["base_version"] = 0;
    EXPECT_EQ(push(phone, made)["status"], "rejected") << "a phone does not make notices";

    // The author answers: corrected, with a reply. The record waits for review again,
    // with the reply as the author's act.
    const auto answered
        = push(phone, answer(notice, {{"corrected_at", "2026-12-07T10:00:00+08:00"}, {"reply", "已补拍两张"}}));
    ASSERT_EQ(answered["status"], "applied") << answered.dump();
    const auto detail = office.json("/api/v1/console/records/inspection/" + id);
    EXPECT_EQ(detail["review"], "received");
    ASSERT_FALSE(detail["reviews"].empty());
    const auto last = detail["reviews"].back();
    EXPECT_EQ(last["state"], "received");
    EXPECT_EQ(last["comment"], "已补拍两张");
    EXPECT_EQ(last["by"], me["user"]["id"]);

    // Approved: the notice says so, and asks for nothing any more.
    ASSERT_EQ(office.postJson(path, {{"state", "approved"}}).status, 200);
    EXPECT_EQ(noticeIn(phone, id)["fields"]["state"], "approved");
    // A new issue is a new round: the old answer is cleared.
    ASSERT_EQ(office.postJson(path, {{"state", "has_issues"}, {"comment", "还缺消防栓照片"}}).status, 200);
    const auto again = noticeIn(phone, id);
    EXPECT_EQ(again["id"], notice["id"]) << "one notice per record";
    EXPECT_EQ(again["fields"]["comment"], "还缺消防栓照片");
    EXPECT_FALSE(again["fields"].contains("corrected_at"));
}

TEST_F(ConsoleNotice, AReviewThatFindsNothingSendsNoNotice)
{
    test::ApiClient phone(server.url());
    const auto me = phone.login("patrol");
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto page
        = office.json("/api/v1/console/records?kind=inspection&staff=" + me["user"]["id"].get<std::string>());
    ASSERT_FALSE(page["records"].empty());
    const std::string id = page["records"][0]["id"];
    ASSERT_EQ(office.postJson("/api/v1/console/records/inspection/" + id + "/review", {{"state", "approved"}}).status,
              200);
    EXPECT_TRUE(noticeIn(phone, id).is_null());
}
