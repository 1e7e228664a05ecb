// `patrolbook-server admin` from a shell: the same collections, rules and answers as the
// HTTP API (one AdminService), while the server runs on the same data. Output is the
// record as JSON; a refusal is the API's problem+json on stderr with exit status 1; a
// mistake in the command line is the usage with status 2.

#include "admin_client.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

using namespace patrolbook;
using nlohmann::json;

namespace {

struct CliRun {
    int status = -1;
    std::string out;
    std::string err;
};

class AdminCli : public ::testing::Test {
protected:
    // Runs `patrolbook-server admin ARGS --data-dir D` with `input` on stdin.
    CliRun admin(const std::string& args, const std::string& input = "")
    {
        const auto dir = server.dataDir();
        const auto in = dir / "cli-in.txt", out = dir / "cli-out.txt", err = dir / "cli-err.txt";
        std::ofstream(in) << input;
        const std::string cmd = std::string{PATROLBOOK_SERVER_BIN} + " admin " + args + " --data-dir " + dir.string()
            + " <" + in.string() + " >" + out.string() + " 2>" + err.string();
        const int status
            = std::system(cmd.c_str()); // NOLINT(cert-env33-c,concurrency-mt-unsafe): our own binary, one thread
        auto slurp = [](const std::filesystem::path& p) {
            std::ifstream f(p);
            return std::string{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
        };
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
    }

    static std::string quoted(const json& j) { return "'" + j.dump() + "'"; }

    test::ServerProcess server;
};

} // namespace

TEST_F(AdminCli, SubcommandsListCreateUpdateAndRetireAsTheApiDoes)
{
    const auto properties = admin("list properties");
    ASSERT_EQ(properties.status, 0) << properties.err;
    const auto list = json::parse(properties.out)["records"];
    ASSERT_EQ(list.size(), 2U);
    const std::string chhy = list[0]["code"] == "CHHY" ? list[0]["id"] : list[1]["id"];

    const auto made = admin("create buildings --json " + quoted({{"property_id", chhy}, {"name", "5号楼"}}));
    ASSERT_EQ(made.status, 0) << made.err;
    const std::string id = json::parse(made.out)["id"];
    const auto edited = admin("update buildings " + id + " --json " + quoted({{"floors", 18}}));
    ASSERT_EQ(edited.status, 0) << edited.err;
    EXPECT_EQ(json::parse(edited.out)["floors"], 18);

    // The running server sees it, with the shell's operator in its history.
    test::AdminClient manager(server.url());
    ASSERT_EQ(manager.signIn("manager"), 200);
    const auto seen = manager.expect(200, "GET", "buildings/" + id);
    EXPECT_EQ(seen["floors"], 18);
    EXPECT_EQ(seen["history"][0]["by"], "operator");
    EXPECT_EQ(seen["history"][1]["device"], "shell");

    const auto retired = admin("delete buildings " + id);
    ASSERT_EQ(retired.status, 0) << retired.err;
    EXPECT_EQ(json::parse(retired.out)["deleted"], true);
    EXPECT_EQ(json::parse(admin("get buildings " + id).out)["deleted"], true);
}

TEST_F(AdminCli, StaffGetTheirPasswordFromStdinAndRefusalsAreProblemJson)
{
    const auto properties = json::parse(admin("list properties").out)["records"];
    const std::string chhy = properties[0]["id"];
    const auto made
        = admin("create staff --json "
                    + quoted({{"name", "孙悦"}, {"username", "sun"}, {"role", "office"}, {"property_ids", {chhy}}}),
                "sun-password\n");
    ASSERT_EQ(made.status, 0) << made.err;
    const std::string id = json::parse(made.out)["id"];
    test::ApiClient phone(server.url());
    EXPECT_FALSE(phone.login("sun", "sun-password")["token"].is_null());
    ASSERT_EQ(admin("password staff " + id, "new-sun-password\n").status, 0);
    EXPECT_EQ(phone.call("GET", "/api/v1/sync/pull?limit=1").status, 401) << "the reset revoked the token";

    // Refused by the shared rules: the API's problem+json, naming the field.
    const auto bad = admin("create buildings --json " + quoted({{"property_id", chhy}, {"name", "x"}, {"floors", -1}}));
    EXPECT_EQ(bad.status, 1);
    const auto problem = json::parse(bad.err);
    EXPECT_EQ(problem["status"], 422);
    EXPECT_EQ(problem["field"], "floors");
    EXPECT_EQ(admin("get buildings not-an-id").status, 1);
    EXPECT_EQ(json::parse(admin("get buildings not-an-id").err)["status"], 404);
    // Mistakes in the command line.
    EXPECT_EQ(admin("create buildings").status, 2) << "--json is required";
    EXPECT_EQ(admin("create buildings --json '[1]'").status, 2);
    EXPECT_EQ(admin("fly buildings").status, 2);
    EXPECT_EQ(admin("get").status, 2);
}
