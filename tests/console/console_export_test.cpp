// The console's downloads (docs/console-api.md, "Exports"): the CSV of a filtered list
// against the JSON list of the same filter, its scoping, BOM, quoting and neutralised
// formulas; the photo ZIP read back with libzip, holding the filtered records' photos
// only, and its cap. Each test on a real server.

#include "auth/password.hpp"
#include "console_client.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/uuid.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <map>
#include <set>

using namespace patrolbook;
using nlohmann::json;
using test::ConsoleClient;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader: CRLF between rows, quotes doubled inside quoted cells; a
// bare LF or a stray quote outside one fails the test.
Rows parseCsv(const std::string& text)
{
    Rows rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        auto& cell = rows.back().back();
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            EXPECT_TRUE(cell.empty()) << "a quote inside an unquoted cell at byte " << i;
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.emplace_back(1);
            ++i;
        } else {
            EXPECT_NE(c, '\n') << "a bare LF outside quotes at byte " << i;
            cell += c;
        }
    }
    EXPECT_FALSE(quoted) << "the last quoted cell is not closed";
    EXPECT_EQ(rows.back(), std::vector<std::string>(1)) << "the last row ends in CRLF";
    rows.pop_back();
    return rows;
}

constexpr std::string_view bom = "\xEF\xBB\xBF";

Rows csvOf(ConsoleClient& client, const std::string& query)
{
    const auto r = client.get("/api/v1/console/records.csv?" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.headers.at("content-type"), "text/csv; charset=utf-8");
    EXPECT_EQ(r.body.substr(0, bom.size()), bom) << "UTF-8 with a BOM, for Excel";
    return parseCsv(r.body.substr(std::min(bom.size(), r.body.size())));
}

// The record ids of a CSV (its last column) and of a JSON list.
std::multiset<std::string> csvIds(const Rows& rows)
{
    std::multiset<std::string> ids;
    for (std::size_t i = 1; i < rows.size(); ++i)
        ids.insert(rows[i].back());
    return ids;
}

std::multiset<std::string> listIds(const std::vector<json>& rows)
{
    std::multiset<std::string> ids;
    for (const auto& r : rows)
        ids.insert(r["id"].get<std::string>());
    return ids;
}

json change(const std::string& entity, const json& fields, const std::string& id = newUuid())
{
    return {{"change_id", newUuid()}, {"entity", entity}, {"id", id}, {"base_version", 0}, {"fields", fields}};
}

void push(test::ApiClient& device, const json& c)
{
    const auto r = device.json("POST", "/api/v1/sync/push", {{"device_id", "export-test"}, {"changes", {c}}});
    ASSERT_EQ(r["results"][0]["status"], "applied") << r.dump();
}

// Entry name to bytes, read back with libzip; every entry must be stored (JPEG as is).
std::map<std::string, std::string> unzip(const std::string& bytes)
{
    std::map<std::string, std::string> out;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (!archive) {
        ADD_FAILURE() << "not a ZIP: " << zip_error_strerror(&error);
        zip_source_free(source);
        return out;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st);
        EXPECT_EQ(st.comp_method, ZIP_CM_STORE) << st.name;
        std::string data(st.size, '\0');
        zip_file_t* f = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        EXPECT_EQ(zip_fread(f, data.data(), data.size()), static_cast<zip_int64_t>(data.size()));
        zip_fclose(f);
        out[st.name] = data;
    }
    zip_discard(archive);
    return out;
}

class ConsoleExport : public ::testing::Test {
protected:
    test::ServerProcess server;

    std::vector<json> stored(const std::string& entity)
    {
        sqlite::Database db(server.dataDir() / "server.db", {.readOnly = true});
        sqlite::Statement st(db, "SELECT id, fields FROM record WHERE deleted = 0 AND entity = ?");
        st.bind(1, entity);
        std::vector<json> out;
        while (st.step())
            out.push_back({{"id", st.getString(0)}, {"fields", json::parse(st.getText(1))}});
        return out;
    }

    // Uploads `bytes` as a manager's photo of `record` (entity, id) and pushes its record.
    void photoOf(test::ApiClient& device, const std::string& entity, const std::string& id, const std::string& bytes)
    {
        const auto sha = server::sha256Hex(bytes);
        const auto last = std::to_string(bytes.size() - 1);
        ASSERT_EQ(device
                      .call("PUT", "/api/v1/photos/" + sha, bytes,
                            {{"Content-Type", "image/jpeg"},
                             {"Content-Range", "bytes 0-" + last + "/" + std::to_string(bytes.size())}})
                      .status,
                  201);
        push(device,
             change("photo",
                    {{"sha256", sha},
                     {"size_bytes", bytes.size()},
                     {"mime_type", "image/jpeg"},
                     {"taken_at", "2026-12-02T09:30:00+08:00"},
                     {"record_entity", entity},
                     {"record_id", id}}));
    }
};

} // namespace

TEST_F(ConsoleExport, TheCsvHasOneRowPerRecordTheListShowsForTheSameFilter)
{
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    for (const std::string query : {"", "kind=inspection", "kind=owner_visit,follow_up&review=received", "failed=1",
                                    "kind=inspection&status=finished"}) {
        const auto rows = csvOf(office, query + "&lang=en");
        ASSERT_FALSE(rows.empty()) << query;
        EXPECT_EQ(rows[0].front(), "Kind") << "the header in the language asked for";
        for (const auto& row : rows)
            EXPECT_EQ(row.size(), rows[0].size()) << query << ": every row has every column";
        // Counted independently: the JSON list of the same filter, page by page.
        const auto listed = office.all(query, 200);
        EXPECT_EQ(rows.size() - 1, listed.size()) << query;
        EXPECT_EQ(csvIds(rows), listIds(listed)) << query;
    }
    // Chinese by default, and from Accept-Language.
    EXPECT_EQ(csvOf(office, "kind=inspection")[0].front(), "类型");
    const auto en = office.get("/api/v1/console/records.csv?kind=inspection", {{"Accept-Language", "en-GB,en;q=0.8"}});
    EXPECT_EQ(en.body.substr(bom.size(), 4), "Kind");
    EXPECT_NE(en.headers.at("content-disposition").find("attachment; filename=\"patrolbook-records-"),
              std::string::npos);
    EXPECT_NE(office.get("/api/v1/console/records.csv").headers.at("content-disposition").find("filename*=UTF-8''%E5"),
              std::string::npos)
        << "the Chinese file name, RFC 5987";
}

TEST_F(ConsoleExport, ACsvOfManyPagesIsStreamedWholeWithNothingSkippedOrRepeated)
{
    test::ApiClient device(server.url());
    const auto me = device.login("manager");
    // 1,234 follow-ups, many at the same instant: more than two of the export's pages of
    // 500, with ties for the keyset cursor to get past.
    std::vector<json> changes;
    for (int i = 0; i < 1234; ++i)
        changes.push_back(change("follow_up",
                                 {{"property_id", me["user"]["property_ids"][0]},
                                  {"source_entity", "manual"},
                                  {"description", "批量 " + std::to_string(i)},
                                  {"status", "open"},
                                  {"created_by", me["user"]["id"]},
                                  {"created_at", i % 3 ? "2026-11-02T09:30:00+08:00" : "2026-11-02T09:31:00+08:00"}}));
    const auto pushed = device.json("POST", "/api/v1/sync/push", {{"device_id", "export-test"}, {"changes", changes}});
    ASSERT_EQ(pushed["results"].size(), changes.size()) << pushed.dump().substr(0, 300);
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto r = office.get("/api/v1/console/records.csv?kind=follow_up");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.headers.at("transfer-encoding"), "chunked") << "streamed, not held whole";
    const auto rows = parseCsv(r.body.substr(bom.size()));
    const auto ids = csvIds(rows);
    EXPECT_EQ(ids, listIds(office.all("kind=follow_up", 200)));
    EXPECT_GE(ids.size(), 1234u);
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size()) << "no row twice";
}

TEST_F(ConsoleExport, AnotherPropertysRecordsAreNeverExported)
{
    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string()
                                    + " --username far --name 远方 --role office --property XHZX",
                                "a-long-password\n"),
              0);
    ConsoleClient far(server.url());
    ASSERT_EQ(far.login("far", "a-long-password").status, 200);
    ASSERT_EQ(far.user["property_ids"].size(), 1u);
    const std::string mine = far.user["property_ids"][0];
    std::set<std::string> others;
    for (const std::string entity : {"inspection", "renovation_check", "owner_visit", "follow_up"})
        for (const auto& r : stored(entity))
            if (r["fields"]["property_id"] != mine)
                others.insert(r["id"].get<std::string>());
    ASSERT_FALSE(others.empty());
    const auto rows = csvOf(far, "");
    ASSERT_GT(rows.size(), 1u);
    for (const auto& id : csvIds(rows))
        EXPECT_FALSE(others.count(id)) << id << " is another property's";
    EXPECT_EQ(csvIds(rows), listIds(far.all("", 200)));
    // Patrol staff: their own work only, as in the list.
    ConsoleClient patrol(server.url());
    ASSERT_EQ(patrol.login("patrol").status, 200);
    EXPECT_EQ(csvIds(csvOf(patrol, "")), listIds(patrol.all("", 200)));
}

TEST_F(ConsoleExport, TextIsQuotedAsRfc4180AndAFormulaIsNeutralised)
{
    test::ApiClient device(server.url());
    const auto me = device.login("manager");
    const std::string property = me["user"]["property_ids"][0];
    const std::string nasty = "=HYPERLINK(\"http://evil.example\",\"点我, please\")\r\nsecond line";
    const std::string id = newUuid();
    push(device,
         change("follow_up",
                {{"property_id", property},
                 {"source_entity", "manual"},
                 {"description", nasty},
                 {"resolution", "-1+1"},
                 {"status", "open"},
                 {"created_by", me["user"]["id"]},
                 {"created_at", "2026-12-02T09:30:00+08:00"}},
                id));
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto raw = office.get("/api/v1/console/records.csv?kind=follow_up&lang=en");
    ASSERT_EQ(raw.status, 200);
    EXPECT_NE(raw.body.find("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我, please\"\")\r\nsecond line\""),
              std::string::npos)
        << "quoted, quotes doubled, the newline kept inside, a ' before the =";
    const auto rows = parseCsv(raw.body.substr(bom.size()));
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.back() == id; });
    ASSERT_NE(row, rows.end());
    EXPECT_EQ((*row)[0], "Follow-up");
    EXPECT_EQ((*row)[9], "'" + nasty);
    EXPECT_EQ((*row)[10], "'-1+1");
    EXPECT_EQ((*row)[2], "2026-12-02 09:30") << "on the property's clock";
}

TEST_F(ConsoleExport, DownloadsNeedASessionAndTheListsRules)
{
    ConsoleClient nobody(server.url());
    for (const std::string path : {"/api/v1/console/records.csv", "/api/v1/console/photos.zip"}) {
        const auto r = nobody.get(path);
        EXPECT_EQ(r.status, 401) << path;
        EXPECT_EQ(r.headers.at("content-type"), "application/problem+json") << path;
    }
    ConsoleClient patrol(server.url());
    ASSERT_EQ(patrol.login("patrol").status, 200);
    EXPECT_EQ(patrol.get("/api/v1/console/records.csv?kind=lost").status, 400);
    EXPECT_EQ(patrol.get("/api/v1/console/photos.zip?from=yesterday").status, 400);
    ConsoleClient far(server.url());
    ASSERT_EQ(server.runCommand("user add --data-dir " + server.dataDir().string()
                                    + " --username far --name 远方 --role office --property XHZX",
                                "a-long-password\n"),
              0);
    ASSERT_EQ(far.login("far", "a-long-password").status, 200);
    std::string notMine;
    for (const auto& p : patrol.user["property_ids"])
        if (p != far.user["property_ids"][0])
            notMine = p;
    ASSERT_FALSE(notMine.empty());
    EXPECT_EQ(far.get("/api/v1/console/records.csv?property=" + notMine).status, 403);
    EXPECT_EQ(far.get("/api/v1/console/photos.zip?property=" + notMine).status, 403);
}

TEST_F(ConsoleExport, TheZipHoldsTheFilteredRecordsPhotosStoredAndNothingElse)
{
    test::ApiClient device(server.url());
    const auto me = device.login("manager");
    const std::string property = me["user"]["property_ids"][0];
    json patrol;
    json visit;
    for (const auto& r : stored("inspection"))
        if (r["fields"]["property_id"] == property && patrol.is_null())
            patrol = r;
    for (const auto& r : stored("owner_visit"))
        if (r["fields"]["property_id"] == property && visit.is_null())
            visit = r;
    ASSERT_FALSE(patrol.is_null());
    ASSERT_FALSE(visit.is_null());
    const std::string onPatrol(40'000, 'a');
    const std::string onVisit(50'000, 'b');
    photoOf(device, "inspection", patrol["id"], onPatrol);
    photoOf(device, "owner_visit", visit["id"], onVisit);

    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto r = office.get("/api/v1/console/photos.zip?kind=inspection&property=" + property);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.headers.at("content-type"), "application/zip");
    EXPECT_EQ(r.headers.at("content-length"), std::to_string(r.body.size())) << "streamed with its length";
    const auto entries = unzip(r.body);
    ASSERT_EQ(entries.size(), 1u) << "the visit's photo is not an inspection's";
    const auto& [name, bytes] = *entries.begin();
    EXPECT_EQ(bytes, onPatrol);
    EXPECT_EQ(name.rfind("inspection/", 0), 0u) << name;
    EXPECT_NE(name.find(patrol["id"].get<std::string>()), std::string::npos) << name;

    const auto both = unzip(office.get("/api/v1/console/photos.zip?property=" + property).body);
    EXPECT_EQ(both.size(), 2u);
    // A filter with no photos says so rather than sending an empty archive.
    const auto none = office.get("/api/v1/console/photos.zip?kind=follow_up&property=" + property);
    EXPECT_EQ(none.status, 404);
    EXPECT_EQ(none.headers.at("content-type"), "application/problem+json");
}

TEST(ConsoleExportCap, AZipOverTheCapIsRefusedWithAProblem)
{
    test::ServerProcess server("127.0.0.1", {"--export-max-photos", "1"});
    test::ApiClient device(server.url());
    const auto me = device.login("manager");
    const std::string property = me["user"]["property_ids"][0];
    int added = 0;
    sqlite::Database db(server.dataDir() / "server.db", {.readOnly = true});
    sqlite::Statement st(db,
                         "SELECT id FROM record WHERE deleted = 0 AND entity = 'inspection' "
                         "AND json_extract(fields, '$.property_id') = ? LIMIT 2");
    st.bind(1, property);
    while (st.step()) {
        const std::string bytes(10'000 + added, static_cast<char>('c' + added));
        const auto sha = server::sha256Hex(bytes);
        ASSERT_EQ(device
                      .call("PUT", "/api/v1/photos/" + sha, bytes,
                            {{"Content-Type", "image/jpeg"},
                             {"Content-Range",
                              "bytes 0-" + std::to_string(bytes.size() - 1) + "/" + std::to_string(bytes.size())}})
                      .status,
                  201);
        push(device,
             change("photo",
                    {{"sha256", sha},
                     {"size_bytes", bytes.size()},
                     {"mime_type", "image/jpeg"},
                     {"taken_at", "2026-12-02T09:30:00+08:00"},
                     {"record_entity", "inspection"},
                     {"record_id", st.getString(0)}}));
        ++added;
    }
    ASSERT_EQ(added, 2);
    ConsoleClient office(server.url());
    ASSERT_EQ(office.login("office").status, 200);
    const auto r = office.get("/api/v1/console/photos.zip?kind=inspection");
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(r.headers.at("content-type"), "application/problem+json");
    EXPECT_NE(json::parse(r.body)["detail"].get<std::string>().find("narrow the filter"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(server.dataDir() / "exports")
                 && !std::filesystem::is_empty(server.dataDir() / "exports"))
        << "nothing is left behind";
}
