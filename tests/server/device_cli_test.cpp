// patrolbook-device end to end: a headless phone signs in, records a patrol with failed
// items, syncs, and the server has the inspection, every item and the follow-ups.

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"
#include "patrolbook/store.hpp"
#include "server_process.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <cstdio>

using namespace patrolbook;

namespace {

struct Run {
    int status;
    std::string out;
};

Run device(const std::string& args)
{
    const std::string cmd = std::string{PATROLBOOK_DEVICE_BIN} + " " + args + " 2>&1";
    FILE* p = ::popen(cmd.c_str(), "r");
    std::string out;
    char buf[4096];
    while (std::fgets(buf, sizeof buf, p))
        out += buf;
    const int status = ::pclose(p);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

std::int64_t count(const test::ServerProcess& server, const std::string& where)
{
    sqlite::Database db(server.dataDir() / "server.db");
    sqlite::Statement st(db, "SELECT count(*) FROM record WHERE " + where);
    st.step();
    return st.getInt64(0);
}

} // namespace

TEST(DeviceCli, APatrolRecordedOfflineReachesTheServerWhole)
{
    test::ServerProcess server;
    test::TempDir dir;
    const std::string db = "--db " + dir.file("phone.db").string();
    const std::string at = db + " --server " + server.url();

    EXPECT_EQ(device(at + " login patrol wrong").status, 1);
    ASSERT_EQ(device(at + " login patrol demo").status, 0);
    ASSERT_EQ(device(at + " pull").status, 0);
    std::string area;
    std::size_t checklistItems = 0;
    {
        Store store(dir.file("phone.db"));
        const auto a = store.records().all<Area>().front();
        area = a.id;
        checklistItems = store.records().get<Checklist>(a.checklistId)->items.size();
    }
    // Recorded with no server at all: the phone is in a basement.
    const auto made = device(db + " new-inspection --area " + area + " --fail 2");
    ASSERT_EQ(made.status, 0) << made.out;
    const auto status = device(db + " status");
    EXPECT_NE(status.out.find("\"pending\""), std::string::npos) << status.out;

    const auto synced = device(at + " sync");
    ASSERT_EQ(synced.status, 0) << synced.out;
    const std::string inspectionId = made.out.substr(0, made.out.find('\n'));
    ASSERT_EQ(inspectionId.size(), 36u) << made.out;
    const std::string ofIt = "json_extract(fields, '$.inspection_id') = '" + inspectionId + "'";
    EXPECT_EQ(count(server,
                    "entity = 'inspection' AND id = '" + inspectionId
                        + "' AND json_extract(fields, '$.status') = 'finished' AND json_extract(fields, "
                          "'$.area_id') = '"
                        + area + "'"),
              1);
    EXPECT_EQ(count(server, "entity = 'inspection_item' AND " + ofIt), static_cast<std::int64_t>(checklistItems));
    EXPECT_EQ(count(server, "entity = 'inspection_item' AND json_extract(fields, '$.result') = 'fail' AND " + ofIt), 2);
    EXPECT_EQ(count(server,
                    "entity = 'follow_up' AND json_extract(fields, '$.source_id') IN (SELECT id FROM record "
                    "WHERE entity = 'inspection_item' AND "
                        + ofIt + ")"),
              2);
    EXPECT_EQ(device(db + " status").out.find("\"rejected\":[{"), std::string::npos) << "nothing refused";
}
