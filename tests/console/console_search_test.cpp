// The console's search (`q=`) and building filter (docs/console-api.md, "Search" and
// "Records"): each checked against what the test reads itself from the stored records,
// combined with other filters and paging, and never across properties. Each on a real
// server with the demo estate.

#include "console_client.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <map>
#include <set>

using namespace patrolbook;
using nlohmann::json;
using test::ConsoleClient;

namespace {

const std::set<std::string> listed{"inspection", "renovation_check", "owner_visit", "follow_up"};

struct Stored {
    std::string entity;
    std::string id;
    std::string propertyId;
    json fields;
};

class Estate {
public:
    explicit Estate(const test::ServerProcess& server)
    {
        sqlite::Database db(server.dataDir() / "server.db", {.readOnly = true});
        sqlite::Statement st(db, "SELECT entity, id, coalesce(property_id, ''), fields FROM record WHERE deleted = 0");
        while (st.step()) {
            Stored s{st.getString(0), st.getString(1), st.getString(2), json::parse(st.getText(3))};
            byId[s.id] = static_cast<int>(records.size());
            records.push_back(std::move(s));
        }
    }

    const Stored* find(const json& id) const
    {
        if (!id.is_string())
            return nullptr;
        const auto it = byId.find(id.get<std::string>());
        return it == byId.end() ? nullptr : &records[static_cast<std::size_t>(it->second)];
    }
    std::string text(const Stored* r, const char* key) const
    {
        return r && r->fields.contains(key) && r->fields[key].is_string() ? r->fields[key].get<std::string>() : "";
    }

    // A record's building, as docs/console-api.md says: its unit's (a visit without one:
    // its owner's unit's), else its area's.
    std::string buildingOf(const Stored& r) const
    {
        const Stored* unit = find(r.fields.value("unit_id", json()));
        if (!unit)
            if (const Stored* owner = find(r.fields.value("owner_id", json())))
                unit = find(owner->fields.value("unit_id", json()));
        if (unit)
            return text(unit, "building_id");
        return text(find(r.fields.value("area_id", json())), "building_id");
    }

    // Everything a search looks in, as docs/console-api.md lists it.
    std::string searchText(const Stored& r) const
    {
        std::string out;
        for (const char* k : {"note", "description", "resolution", "suggestions", "contractor", "permit_no"})
            out += text(&r, k) + "\n";
        for (const auto& line : records)
            if ((line.entity == "inspection_item" && line.fields.value("inspection_id", "") == r.id)
                || (line.entity == "renovation_item" && line.fields.value("check_id", "") == r.id))
                out += text(&line, "note") + "\n";
        out += text(find(r.fields.value("owner_id", json())), "name") + "\n";
        out += text(find(r.fields.value("unit_id", json())), "number") + "\n";
        if (r.entity == "inspection" || r.entity == "follow_up")
            out += text(find(r.fields.value("area_id", json())), "name") + "\n";
        const Stored* building = find(json(buildingOf(r)));
        out += text(building, "name");
        return out;
    }

    std::set<std::string> listedIds(const std::function<bool(const Stored&)>& keep) const
    {
        std::set<std::string> ids;
        for (const auto& r : records)
            if (listed.count(r.entity) && keep(r))
                ids.insert(r.id);
        return ids;
    }

    std::vector<Stored> records;
    std::map<std::string, int> byId;
};

std::string encode(const std::string& s)
{
    std::string out;
    for (const unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
            out += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

std::set<std::string> idsOf(const std::vector<json>& rows)
{
    std::set<std::string> ids;
    for (const auto& r : rows)
        ids.insert(r["id"].get<std::string>());
    return ids;
}

bool contains(const std::string& text, const std::string& term)
{
    return text.find(term) != std::string::npos;
}

// The first `n` characters (UTF-8) of a text.
std::string firstChars(const std::string& text, std::size_t n)
{
    std::size_t i = 0;
    for (std::size_t seen = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && seen++ == n)
            break;
    }
    return text.substr(0, i);
}

class ConsoleSearch : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(office.login("office").status, 200);
        for (const auto& p : office.user["property_ids"])
            properties.insert(p.get<std::string>());
    }
    bool mine(const Stored& r) const { return properties.count(r.propertyId) > 0; }

    test::ServerProcess server;
    ConsoleClient office{server.url()};
    std::set<std::string> properties;
};

} // namespace

TEST_F(ConsoleSearch, ChineseTermsOfTwoAndThreeOrMoreCharactersFindExactlyTheRecordsWhoseTextHasThem)
{
    const Estate estate(server);
    // Terms taken from what the estate holds: a failed line's note, a visit's note, a
    // follow-up's description, an owner's name, an area's name.
    std::vector<std::string> sources;
    for (const auto& kind : {"inspection_item", "owner_visit", "follow_up"})
        for (const auto& r : estate.records)
            if (r.entity == kind && !estate.text(&r, "note").empty()) {
                sources.push_back(estate.text(&r, "note"));
                break;
            }
    for (const auto& r : estate.records) {
        if (r.entity == "follow_up") {
            sources.push_back(estate.text(&r, "description"));
            break;
        }
    }
    for (const auto& r : estate.records)
        if (r.entity == "owner_visit" && mine(r)) {
            sources.push_back(estate.text(estate.find(r.fields["owner_id"]), "name"));
            break;
        }
    ASSERT_GE(sources.size(), 4u);
    std::set<std::string> terms;
    for (const auto& s : sources)
        for (const std::size_t n : {2u, 3u, 5u})
            terms.insert(firstChars(s, n));
    terms.insert("大堂");
    int found = 0;
    for (const auto& term : terms) {
        const auto expected
            = estate.listedIds([&](const Stored& r) { return mine(r) && contains(estate.searchText(r), term); });
        found += !expected.empty();
        EXPECT_EQ(idsOf(office.all("q=" + encode(term), 20)), expected) << term;
    }
    EXPECT_GE(found, 5) << "the terms find records";
    // Two terms: both must be there, whatever their length.
    const std::string a = "大堂";
    const std::string b = firstChars(sources[0], 3);
    EXPECT_EQ(idsOf(office.all("q=" + encode(a + " " + b), 20)), estate.listedIds([&](const Stored& r) {
        const auto t = estate.searchText(r);
        return mine(r) && contains(t, a) && contains(t, b);
    }));
}

TEST_F(ConsoleSearch, EnglishWithOtherFiltersPageByPageAndNeverAnotherPropertysRecords)
{
    test::ApiClient device(server.url());
    const auto me = device.login("manager");
    const std::vector<std::string> theirs = me["user"]["property_ids"];
    ASSERT_GE(theirs.size(), 2u) << "the demo manager looks after both properties";
    // Follow-ups in both properties with the same words, one in another case.
    std::map<std::string, std::set<std::string>> pushed;
    std::vector<json> changes;
    for (int i = 0; i < 6; ++i) {
        const std::string property = theirs[static_cast<std::size_t>(i % 2)];
        const std::string id = newUuid();
        pushed[property].insert(id);
        changes.push_back(
            {{"change_id", newUuid()},
             {"entity", "follow_up"},
             {"id", id},
             {"base_version", 0},
             {"fields",
              {{"property_id", property},
               {"source_entity", "manual"},
               {"description", i % 3 ? "Water leaking from the PIPE 琥珀色走廊" : "pipe burst by the 琥珀色 wall"},
               {"status", i < 3 ? "open" : "fixed"},
               {"created_by", me["user"]["id"]},
               {"created_at", Timestamp::now(480).plusMinutes(-i).toIso()}}}});
    }
    const auto r = device.json("POST", "/api/v1/sync/push", {{"device_id", "s"}, {"changes", changes}});
    for (const auto& result : r["results"])
        ASSERT_EQ(result["status"], "applied") << r.dump();

    const auto all = [&](const std::string& p) {
        std::set<std::string> ids;
        for (const auto& [property, set] : pushed)
            if (p.empty() || p == property)
                ids.insert(set.begin(), set.end());
        return ids;
    };
    for (const std::string q : {"pipe", "PIPE", "Pipe", "琥珀", "琥珀色", "ip", "pi"})
        EXPECT_EQ(idsOf(office.all("q=" + encode(q), 1)), all("")) << q << ", a row a page";
    EXPECT_TRUE(idsOf(office.all("q=leaking")).size() == 4u);
    for (const auto& p : theirs) {
        EXPECT_EQ(idsOf(office.all("q=pipe&property=" + p, 2)), all(p));
        EXPECT_EQ(idsOf(office.all("q=" + encode("琥珀") + "&property=" + p, 2)), all(p));
    }
    EXPECT_EQ(office.all("q=pipe&status=open").size(), 3u);
    EXPECT_EQ(office.all("q=pipe&kind=inspection").size(), 0u);
    EXPECT_EQ(office.all("q=" + encode("\"pipe\" OR NEAR(x)")).size(), 0u) << "FTS5 syntax is only text";

    // Someone of the second property alone sees only its records, whatever they search.
    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string()
                                    + " --username far --name 远方 --role office --property XHZX",
                                "a-long-password\n"),
              0);
    ConsoleClient far(server.url());
    ASSERT_EQ(far.login("far", "a-long-password").status, 200);
    const std::string farProperty = far.user["property_ids"][0];
    for (const std::string q : {"pipe", "琥珀", "琥珀色", "pi"})
        EXPECT_EQ(idsOf(far.all("q=" + encode(q), 3)), all(farProperty)) << q;
}

TEST_F(ConsoleSearch, TextWrittenLaterIsFoundAndWhatItReplacedIsNot)
{
    const Estate estate(server);
    office.all("kind=inspection", 200); // the list is up to date before the change
    const auto line = std::find_if(estate.records.begin(), estate.records.end(), [&](const Stored& r) {
        return r.entity == "inspection_item" && r.fields.value("result", json()) == "pass";
    });
    ASSERT_NE(line, estate.records.end());
    std::int64_t version = 0;
    {
        sqlite::Database db(server.dataDir() / "server.db", {.readOnly = true});
        sqlite::Statement st(db, "SELECT version FROM record WHERE entity = 'inspection_item' AND id = ?");
        st.bind(1, line->id);
        ASSERT_TRUE(st.step());
        version = st.getInt64(0);
    }
    test::ApiClient manager(server.url());
    manager.login("manager");
    auto note = [&](const std::string& text, std::int64_t base) {
        const json change{{"change_id", newUuid()},
                          {"entity", "inspection_item"},
                          {"id", line->id},
                          {"base_version", base},
                          {"fields", {{"result", "fail"}, {"note", text}}}};
        const auto r = manager.json("POST", "/api/v1/sync/push", {{"device_id", "m"}, {"changes", {change}}});
        EXPECT_EQ(r["results"][0]["status"], "applied") << r.dump();
        return r["results"][0]["version"].get<std::int64_t>();
    };
    version = note("扶手松动玳瑁", version);
    const std::string patrol = line->fields["inspection_id"];
    EXPECT_EQ(idsOf(office.all("q=" + encode("玳瑁"))), std::set<std::string>{patrol})
        << "a line's note is its patrol's";
    EXPECT_EQ(idsOf(office.all("q=" + encode("松动玳瑁"))), std::set<std::string>{patrol});
    note("扶手已修好翡翠", version);
    EXPECT_TRUE(office.all("q=" + encode("玳瑁")).empty()) << "the old note is gone";
    EXPECT_EQ(idsOf(office.all("q=" + encode("已修好翡翠"))), std::set<std::string>{patrol});
    EXPECT_EQ(office.get("/api/v1/console/records?q=" + encode(std::string(129, 'x'))).status, 400);
    EXPECT_EQ(office.get("/api/v1/console/records?q=" + encode("a b c d e f g h i")).status, 400) << "nine words";
    EXPECT_EQ(office.get("/api/v1/console/records?q=" + encode("a b c d e f g h ")).status, 200) << "eight";
    EXPECT_EQ(office.all("q=" + encode("   ")).size(), office.all("", 200).size()) << "only spaces: no search";
}

TEST_F(ConsoleSearch, EachBuildingListsExactlyTheRecordsOfItsUnitsAndAreas)
{
    const Estate estate(server);
    const auto me = office.json("/api/v1/console/me");
    ASSERT_GE(me["buildings"].size(), 2u);
    std::size_t listedSum = 0;
    for (const auto& b : me["buildings"]) {
        const std::string building = b["id"];
        const auto expected
            = estate.listedIds([&](const Stored& r) { return mine(r) && estate.buildingOf(r) == building; });
        const auto rows = office.all("building=" + building, 50);
        EXPECT_EQ(idsOf(rows), expected) << b["fields"]["name"];
        listedSum += rows.size();
        // With another filter: a building's patrols.
        EXPECT_EQ(idsOf(office.all("building=" + building + "&kind=inspection", 50)),
                  estate.listedIds([&](const Stored& r) {
                      return mine(r) && r.entity == "inspection" && estate.buildingOf(r) == building;
                  }));
    }
    EXPECT_GT(listedSum, 0u);
    EXPECT_TRUE(office.all("building=" + newUuid()).empty());
}

TEST_F(ConsoleSearch, AWordInThousandsOfRecordsIsFoundByWalkingTheListNewestFirst)
{
    // More texts than ConsoleSearch::fewMatches (2,000) have the words, so the list walks
    // its index and checks each row, instead of starting from the matches.
    test::ApiClient device(server.url());
    const auto me = device.login("manager");
    const std::string property = me["user"]["property_ids"][0];
    const auto start = Timestamp::now(480).plusMinutes(-10'000);
    std::vector<std::string> newestFirst;
    for (int batch = 0; batch < 5; ++batch) {
        std::vector<json> changes;
        for (int i = 0; i < 420; ++i) {
            const int n = batch * 420 + i;
            const std::string id = newUuid();
            newestFirst.insert(newestFirst.begin(), id);
            changes.push_back({{"change_id", newUuid()},
                               {"entity", "follow_up"},
                               {"id", id},
                               {"base_version", 0},
                               {"fields",
                                {{"property_id", property},
                                 {"source_entity", "manual"},
                                 {"description", "管道漏水 pipeline " + std::to_string(n)},
                                 {"status", "open"},
                                 {"created_by", me["user"]["id"]},
                                 {"created_at", start.plusMinutes(n).toIso()}}}});
        }
        const auto r = device.json("POST", "/api/v1/sync/push", {{"device_id", "s"}, {"changes", changes}});
        for (const auto& result : r["results"])
            ASSERT_EQ(result["status"], "applied") << r.dump();
    }
    ASSERT_GT(newestFirst.size(), 2000u);
    const std::set<std::string> all(newestFirst.begin(), newestFirst.end());
    for (const std::string q : {"漏水", "管道漏水", "pipeline", "pi"}) {
        const auto page = office.json("/api/v1/console/records?kind=follow_up&limit=50&q=" + encode(q));
        ASSERT_EQ(page["records"].size(), 50u) << q;
        for (std::size_t i = 0; i < 50; ++i)
            EXPECT_EQ(page["records"][i]["id"], newestFirst[i]) << q << ": newest first, row " << i;
        EXPECT_EQ(idsOf(office.all("kind=follow_up&q=" + encode(q), 200)), all) << q;
    }
    // Both ways at once: a common word and a rare one (one record has "1234").
    EXPECT_EQ(office.all("q=" + encode("漏水 1234")).size(), 1u);
    EXPECT_EQ(office.all("q=" + encode("pipeline 1234")).size(), 1u);

    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string()
                                    + " --username far --name 远方 --role office --property XHZX",
                                "a-long-password\n"),
              0);
    ConsoleClient far(server.url());
    ASSERT_EQ(far.login("far", "a-long-password").status, 200);
    ASSERT_NE(far.user["property_ids"][0], property);
    for (const std::string q : {"漏水", "pipeline"})
        EXPECT_TRUE(far.all("q=" + encode(q), 200).empty()) << q;
}
