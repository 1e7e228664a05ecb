// The office console on a million records (docs/benchmarks.md, "Console"): a year of a
// generated estate written straight into a server database (the demo estate's areas,
// staff and owners; ~70,000 patrols with their 12 lines each, visits, follow-ups), then
// timed through the real server over HTTP: the first catch-up of console_record, the
// first page of filtered lists (search and building included), a record's detail, a
// month's statistics and a photo's thumbnail. Prints JSON lines; asserts nothing.
//
//   patrolbook-bench-console [--inspections 70000] [--runs 40]

#include "console_client.hpp"
#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/timestamp.hpp"
#include "patrolbook/uuid.hpp"
#include "photos/thumbnailer.hpp"
#include "server_process.hpp"
#include "storage/console_index.hpp"

#include <nlohmann/json.hpp>
#include <turbojpeg.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace patrolbook;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

struct Ref {
    std::string id;
    json fields;
};

std::vector<Ref> read(sqlite::Database& db, const char* entity)
{
    sqlite::Statement st(db, "SELECT id, fields FROM record WHERE entity = ? AND deleted = 0 ORDER BY id");
    st.bind(1, std::string{entity});
    std::vector<Ref> out;
    while (st.step())
        out.push_back({st.getString(0), json::parse(st.getText(1))});
    return out;
}

const std::vector<std::string> failNotes{"地面有积水未清理", "墙面有明显污渍", "消防通道堆放杂物", "灭火器压力不足",
                                         "照明灯具损坏",     "门禁闭门器松动", "垃圾桶满溢未清运", "电梯按钮失灵",
                                         "扶手松动需维修",   "监控探头遮挡"};
const std::vector<std::string> visitNotes{"业主对维修结果满意", "希望加快响应速度", "反映夜间噪音扰民",
                                          "建议增加绿化养护",   "对保洁质量一般",   "停车位紧张希望协调"};
const std::vector<std::string> categories{"cleanliness", "safety", "equipment", "security"};

// Writes the generated year into the database: record rows as a server stores them.
class Generator {
public:
    explicit Generator(sqlite::Database& db)
        : db_(db)
        , insert_(db,
                  "INSERT INTO record (version, entity, id, property_id, parent_id, deleted, needs_review, "
                  "fields, field_versions) VALUES (?, ?, ?, ?, ?, 0, 0, ?, '{}')")
    {
        sqlite::Statement v(db, "SELECT max(version) FROM record");
        v.step();
        version_ = v.getInt64(0);
        areas_ = read(db, "area");
        owners_ = read(db, "owner");
        for (auto& s : read(db, "staff"))
            staff_.push_back(std::move(s));
    }

    std::int64_t run(int inspections, std::int64_t nowMs)
    {
        const std::int64_t yearMs = 365LL * 24 * 3600 * 1000;
        for (int i = 0; i < inspections; ++i) {
            const std::int64_t at = nowMs - yearMs + static_cast<std::int64_t>(i) * yearMs / inspections;
            patrol(areas_[rng_() % areas_.size()], at);
            if (i % 2 == 0) // ~35,000 visits
                visit(owners_[rng_() % owners_.size()], at + 3'600'000);
        }
        return written_;
    }

private:
    std::string staffOf(const std::string& property)
    {
        for (int tries = 0; tries < 64; ++tries) {
            const auto& s = staff_[rng_() % staff_.size()];
            for (const auto& p : s.fields.value("property_ids", json::array()))
                if (p == property)
                    return s.id;
        }
        return staff_[0].id;
    }

    void put(const std::string& entity, const std::string& id, const std::string& property, const std::string& parent,
             const json& fields)
    {
        insert_.reset();
        insert_.bind(1, ++version_).bind(2, entity).bind(3, id).bind(4, property);
        if (parent.empty())
            insert_.bindNull(5);
        else
            insert_.bind(5, parent);
        insert_.bind(6, fields.dump());
        insert_.run();
        ++written_;
    }

    void patrol(const Ref& area, std::int64_t at)
    {
        const std::string property = area.fields["property_id"];
        const std::string id = newUuid();
        const std::string who = staffOf(property);
        const auto start = Timestamp::fromUtcMs(at, 480);
        std::vector<std::pair<std::string, std::string>> failed; // line id, note
        std::vector<json> lines;
        for (int k = 0; k < 12; ++k) {
            const bool fail = rng_() % 100 < 3;
            json l{{"inspection_id", id},
                   {"item_code", "C" + std::to_string(k)},
                   {"category", categories[static_cast<std::size_t>(k) % categories.size()]},
                   {"title", "检查项" + std::to_string(k)},
                   {"result", fail ? "fail" : "pass"},
                   {"answered_at", start.plusMinutes(k).toIso()}};
            if (fail) {
                l["note"] = failNotes[rng_() % failNotes.size()];
                failed.emplace_back("", l["note"]);
            }
            lines.push_back(std::move(l));
        }
        json f{{"property_id", property},
               {"area_id", area.id},
               {"checklist_id", area.fields.value("checklist_id", "")},
               {"inspector_id", who},
               {"started_at", start.toIso()},
               {"finished_at", start.plusMinutes(15).toIso()},
               {"status", "finished"}};
        if (!failed.empty())
            f["note"] = "发现" + std::to_string(failed.size()) + "项问题，已生成整改单";
        put("inspection", id, property, "", f);
        for (auto& l : lines) {
            const std::string lineId = newUuid();
            put("inspection_item", lineId, property, id, l);
            if (l["result"] == "fail") // a follow-up for each failed line
                put("follow_up", newUuid(), property, "",
                    {{"property_id", property},
                     {"source_entity", "inspection_item"},
                     {"source_id", lineId},
                     {"area_id", area.id},
                     {"description", l["note"]},
                     {"status", rng_() % 4 ? "closed" : "open"},
                     {"created_by", who},
                     {"created_at", start.plusMinutes(16).toIso()},
                     {"due_at", start.plusMinutes(3 * 24 * 60).toIso()}});
        }
    }

    void visit(const Ref& owner, std::int64_t at)
    {
        const std::string property = owner.fields["property_id"];
        const auto when = Timestamp::fromUtcMs(at, 480);
        put("owner_visit", newUuid(), property, "",
            {{"property_id", property},
             {"owner_id", owner.id},
             {"unit_id", owner.fields["unit_id"]},
             {"staff_id", staffOf(property)},
             {"channel", "phone"},
             {"purpose", "satisfaction"},
             {"status", "done"},
             {"visited_at", when.toIso()},
             {"outcome", rng_() % 5 ? "satisfied" : "average"},
             {"note", visitNotes[rng_() % visitNotes.size()]}});
    }

    sqlite::Database& db_;
    sqlite::Statement insert_;
    std::int64_t version_ = 0;
    std::int64_t written_ = 0;
    std::vector<Ref> areas_, owners_, staff_;
    std::mt19937_64 rng_{2026};
};

std::string encode(const std::string& s)
{
    std::string out;
    for (const unsigned char c : s) {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", c);
        out += std::isalnum(c) ? std::string(1, static_cast<char>(c)) : std::string(buf);
    }
    return out;
}

// Times `ask` `runs` times; prints p50, p95 and max in ms as seen by the client (loopback
// HTTP included: the `healthz` line is that overhead alone).
void timed(
    const std::string& name, int runs, const std::function<int(int)>& ask,
    const std::function<std::string()>& extra = [] { return std::string{}; })
{
    std::vector<double> ms;
    int bad = 0;
    for (int i = 0; i < runs; ++i) {
        const auto t = Clock::now();
        bad += ask(i) != 200;
        ms.push_back(msSince(t));
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[static_cast<std::size_t>(q * static_cast<double>(ms.size() - 1))]; };
    std::printf("{\"bench\":\"console\",\"request\":\"%s\",\"runs\":%d,\"p50_ms\":%.2f,\"p95_ms\":%.2f,"
                "\"max_ms\":%.2f,\"not_200\":%d%s}\n",
                name.c_str(), runs, at(0.5), at(0.95), ms.back(), bad, extra().c_str());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    int inspections = 70'000;
    int runs = 40;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--inspections")
            inspections = std::stoi(argv[i + 1]);
        else if (flag == "--runs")
            runs = std::stoi(argv[i + 1]);
    }
    test::ServerProcess server;
    server.kill(SIGTERM);
    server.wait();
    const auto nowMs = Timestamp::now().utcMs;
    std::int64_t written = 0;
    std::string property;
    std::vector<std::string> buildings;
    {
        sqlite::Database db(server.dataDir() / "server.db");
        const auto t = Clock::now();
        sqlite::Transaction tx(db);
        written = Generator(db).run(inspections, nowMs);
        tx.commit();
        sqlite::Statement total(db, "SELECT count(*) FROM record");
        total.step();
        std::printf("{\"bench\":\"console\",\"generated_records\":%lld,\"records_in_database\":%lld,"
                    "\"write_s\":%.1f}\n",
                    static_cast<long long>(written), static_cast<long long>(total.getInt64(0)), msSince(t) / 1000);
    }
    {
        // console_record and console_text brought up to date with the whole year at once, as
        // the first console read after an upgrade (or on a new server) does; in process
        // here, so that no HTTP timeout cuts it short.
        sqlite::Database db(server.dataDir() / "server.db");
        const auto t = Clock::now();
        sqlite::Transaction tx(db);
        server::ConsoleIndex(db).catchUp();
        tx.commit();
        std::printf("{\"bench\":\"console\",\"first_catch_up_s\":%.1f}\n", msSince(t) / 1000);
    }
    if (const char* keep = std::getenv("PATROLBOOK_BENCH_KEEP_DB")) // to look at its plans afterwards
        std::filesystem::copy_file(server.dataDir() / "server.db", keep,
                                   std::filesystem::copy_options::overwrite_existing);
    server.start();

    test::ConsoleClient office(server.url());
    office.login("office");
    property = office.user["property_ids"][0];
    for (const auto& b : office.json("/api/v1/console/me")["buildings"])
        if (b["fields"]["property_id"] == property)
            buildings.push_back(b["id"]);
    auto t = Clock::now();

    const std::string p = "property=" + property;
    const std::string month = "&from=" + encode(Timestamp::fromUtcMs(nowMs - 40LL * 86'400'000, 480).toIso())
        + "&to=" + encode(Timestamp::fromUtcMs(nowMs - 10LL * 86'400'000, 480).toIso());
    timed("healthz", runs, [&](int) { return office.get("/healthz").status; });
    const std::vector<std::pair<std::string, std::string>> lists{
        {"list_property", p},
        {"list_patrols_failed", p + "&kind=inspection&failed=1"},
        {"list_follow_ups_open_month", p + "&kind=follow_up&status=open" + month},
        {"list_review_received", p + "&review=received"},
        {"list_building", p + "&building=" + (buildings.empty() ? "" : buildings[0])},
        {"list_search_3_chars", p + "&q=" + encode("消防通道")},
        {"list_search_2_chars", p + "&q=" + encode("积水")},
        {"list_search_rare_3_chars", p + "&q=" + encode("夜间噪音")},
        {"list_search_absent", p + "&q=" + encode("不存在的词")},
        {"list_search_absent_2_chars", p + "&q=" + encode("玳瑁")},
        {"list_search_with_building",
         p + "&building=" + (buildings.empty() ? "" : buildings[0]) + "&q=" + encode("电梯按钮")},
    };
    std::vector<std::string> ids;
    for (const auto& [name, query] : lists) {
        std::size_t rows = 0;
        timed(
            name, runs,
            [&](int) {
                const auto r = office.get("/api/v1/console/records?limit=50&" + query);
                if (r.status == 200) {
                    const auto page = json::parse(r.body)["records"];
                    rows = page.size();
                    if (ids.empty())
                        for (const auto& row : page)
                            if (row["entity"] == "inspection")
                                ids.push_back(row["id"]);
                }
                return r.status;
            },
            [&] { return ",\"rows\":" + std::to_string(rows); });
    }
    if (!ids.empty())
        timed("detail_inspection", runs, [&](int i) {
            return office.get("/api/v1/console/records/inspection/" + ids[static_cast<std::size_t>(i) % ids.size()])
                .status;
        });
    const auto monthStart = Timestamp::fromUtcMs(nowMs - 60LL * 86'400'000, 480);
    const std::string stats = "/api/v1/console/stats?" + p + "&from=" + encode(monthStart.toIso())
        + "&to=" + encode(monthStart.plusMinutes(30LL * 24 * 60).toIso());
    timed("stats_month", std::max(5, runs / 4), [&](int) { return office.get(stats).status; });

    // A thumbnail made from a 12 MP photo (4000 x 3000), in process: the decode at 1/8,
    // the last reduction and the encode.
    std::vector<unsigned char> rgb(4000UL * 3000 * 3);
    for (std::size_t i = 0; i < rgb.size(); ++i)
        rgb[i] = static_cast<unsigned char>((i * 7) ^ (i >> 11));
    tjhandle tj = tjInitCompress();
    unsigned char* jpeg = nullptr;
    unsigned long size = 0;
    tjCompress2(tj, rgb.data(), 4000, 0, 3000, TJPF_RGB, &jpeg, &size, TJSAMP_420, 90, 0);
    const std::string photo(reinterpret_cast<const char*>(jpeg), size);
    tjFree(jpeg);
    tjDestroy(tj);
    std::vector<double> ms;
    for (int i = 0; i < 10; ++i) {
        t = Clock::now();
        const auto thumb = server::Thumbnailer::make(photo);
        ms.push_back(msSince(t));
    }
    std::sort(ms.begin(), ms.end());
    std::printf("{\"bench\":\"console\",\"thumbnail_12mp_ms_p50\":%.1f,\"photo_bytes\":%zu}\n", ms[ms.size() / 2],
                photo.size());
    return 0;
}
