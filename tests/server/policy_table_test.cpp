// Every cell of the authorization policy (policy_table.hpp, docs/security.md) against a
// real server: each role, each relation, each entity, each action, accepted or refused.

#include "api_client.hpp"
#include "auth/password.hpp"
#include "patrolbook/uuid.hpp"
#include "policy_table.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace patrolbook;
using namespace patrolbook::test;
using nlohmann::json;

namespace {

struct Cell {
    PolicyRow row;
    Role role;
    bool allowed;
};

std::vector<Cell> everyCell()
{
    std::vector<Cell> out;
    for (const auto& row : policy)
        for (std::size_t r = 0; r < roles.size(); ++r)
            if (row.allowed[r] != '.')
                out.push_back({row, roles[r], row.allowed[r] == 'y'});
    return out;
}

std::string nameOf(const Cell& c)
{
    static const char* actions[] = {"Create", "Edit", "Delete", "Read"};
    static const char* relations[] = {"Own", "Assigned", "Colleague", "OwnClosed", "ColleagueClosed", "OtherProperty"};
    static const char* roleNames[] = {"Patrol", "Specialist", "Manager", "Office"};
    return std::string{c.row.entity} + "_" + actions[static_cast<int>(c.row.action)] + "_"
        + relations[static_cast<int>(c.row.relation)] + "_" + roleNames[static_cast<int>(c.role)];
}

std::string cellName(const ::testing::TestParamInfo<Cell>& info)
{
    return nameOf(info.param);
}

// gtest prints a failing cell by this, not as bytes.
[[maybe_unused]] void PrintTo(const Cell& c, std::ostream* out)
{
    *out << nameOf(c) << (c.allowed ? " (allowed)" : " (refused)");
}

constexpr const char* at = "2026-11-27T10:00:00+08:00";
constexpr const char* later = "2026-11-27T10:30:00+08:00";

// A signed-in account with what a cell needs of it.
struct Account {
    std::unique_ptr<ApiClient> api;
    std::string id;
    std::string cursor; // after everything it could pull at the start
    std::set<std::string> seenAtStart;

    json push(const json& changes)
    {
        return api->json("POST", "/api/v1/sync/push", {{"device_id", "t"}, {"changes", changes}})["results"];
    }
    // The ids of every record its pull has from `from` on; the cursor it ends at.
    std::set<std::string> pullIds(std::string& from)
    {
        std::set<std::string> ids;
        for (bool more = true; more;) {
            const auto page
                = api->json("GET", "/api/v1/sync/pull?limit=2000" + (from.empty() ? "" : "&cursor=" + from));
            for (const auto& r : page["records"])
                ids.insert(r["id"].get<std::string>());
            from = page["cursor"];
            more = page["has_more"];
        }
        return ids;
    }
};

json change(const std::string& entity, const std::string& id, std::int64_t base, const json& fields,
            bool deleted = false)
{
    return {{"change_id", newUuid()}, {"entity", entity}, {"id", id},
            {"base_version", base},   {"fields", fields}, {"deleted", deleted}};
}

struct Target {
    std::string entity;
    std::string id;
    std::int64_t version = 0;
    std::string photoSha; // a photo's: its bytes are uploaded by its maker
};

class PolicyTable : public ::testing::TestWithParam<Cell> {
protected:
    static void SetUpTestSuite()
    {
        server = new ServerProcess();
        const auto add = [](const std::string& username, const char* role, const char* property) {
            ASSERT_EQ(server->runCommand("user add --data-dir " + server->dataDir().string() + " --username " + username
                                             + " --name 测试 --role " + role + " --property " + property,
                                         "a-long-password\n"),
                      0);
        };
        // The demo's manager and front desk have both properties: these have the first only.
        add("t_manager", "manager", "CHHY");
        add("t_office", "office", "CHHY");
        add("maker", "patrol", "CHHY"); // a colleague of the first property
        add("far", "patrol", "XHZX"); // a patrol of the second only
        const auto login = [](const std::string& username, const std::string& password) {
            Account a;
            a.api = std::make_unique<ApiClient>(server->url());
            a.id = a.api->login(username, password)["user"]["id"];
            a.seenAtStart = a.pullIds(a.cursor);
            return a;
        };
        accounts = new std::map<std::string, Account>();
        (*accounts)["patrol"] = login("patrol", "demo");
        (*accounts)["specialist"] = login("specialist", "demo");
        (*accounts)["t_manager"] = login("t_manager", "a-long-password");
        (*accounts)["t_office"] = login("t_office", "a-long-password");
        (*accounts)["maker"] = login("maker", "a-long-password");
        (*accounts)["far"] = login("far", "a-long-password");
        (*accounts)["manager"] = login("manager", "demo");
        // The two properties and a record of each kind of reference data, from the pull of
        // the demo's manager (who has both).
        reference = new std::map<std::string, json>();
        std::string from;
        for (bool more = true; more;) {
            const auto page = (*accounts)["manager"].api->json(
                "GET", "/api/v1/sync/pull?limit=2000" + (from.empty() ? "" : "&cursor=" + from));
            for (const auto& r : page["records"]) {
                const auto entity = r["entity"].get<std::string>();
                if (entity == "property")
                    (*reference)[r["fields"]["code"].get<std::string>()] = r;
                else if (entity == "owner" || entity == "area" || entity == "checklist")
                    (*reference)[entity + "@" + r["fields"].value("property_id", std::string{})] = r;
            }
            from = page["cursor"];
            more = page["has_more"];
        }
    }
    static void TearDownTestSuite()
    {
        delete accounts;
        delete reference;
        delete server;
    }
    static ServerProcess* server;
    static std::map<std::string, Account>* accounts;
    static std::map<std::string, json>* reference;

    static Account& account(const std::string& name) { return accounts->at(name); }
    static Account& actor(Role role)
    {
        static const char* names[] = {"patrol", "specialist", "t_manager", "t_office"};
        return account(names[static_cast<int>(role)]);
    }
    static std::string property(const char* code) { return (*reference)[code]["id"]; }

    // A top-level record's fields: in `prop`, its maker (or assignee) `who`.
    static json fieldsOf(const std::string& entity, const std::string& prop, const std::string& who,
                         const std::string& assignee = {})
    {
        if (entity == "inspection")
            return {{"property_id", prop}, {"area_id", newUuid()}, {"checklist_id", newUuid()},
                    {"inspector_id", who}, {"started_at", at},     {"status", "draft"}};
        if (entity == "renovation_check")
            return {{"property_id", prop}, {"unit_id", newUuid()}, {"owner_id", newUuid()}, {"kind", "patrol"},
                    {"inspector_id", who}, {"started_at", at},     {"status", "draft"}};
        if (entity == "follow_up") {
            json f{{"property_id", prop}, {"source_entity", "manual"}, {"description", "栏杆松动"},
                   {"status", "open"},    {"created_by", who},         {"created_at", at}};
            if (!assignee.empty())
                f["assignee_id"] = assignee;
            return f;
        }
        if (entity == "repair_order") {
            json r{{"property_id", prop},
                   {"description", "厨房水龙头漏水"},
                   {"status", "registered"},
                   {"registered_by", who},
                   {"registered_at", at}};
            if (!assignee.empty())
                r.update({{"status", "dispatched"}, {"assignee_id", assignee}, {"dispatched_by", who}});
            return r;
        }
        if (entity == "complaint") {
            json c{{"property_id", prop},         {"complainant", "业主"},         {"received_at", at},
                   {"content", "楼道垃圾未清运"}, {"complaint_class", "cleaning"}, {"status", "received"},
                   {"registered_by", who}};
            if (!assignee.empty())
                c["handler_id"] = assignee;
            return c;
        }
        if (entity == "handover")
            return {{"property_id", prop}, {"post", "前台"},   {"shift", "day"},     {"shift_start", at},
                    {"summary", "无异常"}, {"handed_by", who}, {"handed_at", later}, {"status", "handed"}};
        if (entity == "loop_event")
            return {{"property_id", prop},
                    {"loop_entity", "repair_order"},
                    {"loop_id", newUuid()},
                    {"action", "close"},
                    {"to_status", "closed"},
                    {"actor_id", who},
                    {"at", at},
                    {"received_at", at}};
        if (entity == "owner_visit")
            return {{"property_id", prop},       {"owner_id", newUuid()}, {"staff_id", who},    {"channel", "phone"},
                    {"purpose", "satisfaction"}, {"status", "planned"},   {"planned_at", later}};
        if (entity == "area")
            return {{"property_id", prop},
                    {"name", "测试区域"},
                    {"checklist_id", newUuid()},
                    {"area_type", "lobby"},
                    {"patrol_every_days", 1}};
        return {{"property_id", prop}, {"unit_id", newUuid()}, {"name", "业主"}}; // owner
    }
    static json childOf(const std::string& entity, const std::string& parent, const std::string& parentEntity,
                        const std::string& sha = {})
    {
        if (entity == "photo")
            return {{"sha256", sha.empty() ? server::sha256Hex(newUuid()) : sha},
                    {"size_bytes", 1000},
                    {"mime_type", "image/jpeg"},
                    {"taken_at", at},
                    {"record_entity", parentEntity},
                    {"record_id", parent}};
        const char* parentField = entity == "inspection_item" ? "inspection_id" : "check_id";
        return {{parentField, parent}, {"item_code", "A-01"}, {"title", "地面"}, {"result", "pass"}};
    }
    static std::string parentEntityOf(const std::string& entity)
    {
        return entity == "renovation_item" ? "renovation_check" : "inspection";
    }
    static bool isChild(const std::string& entity)
    {
        return entity == "inspection_item" || entity == "renovation_item" || entity == "photo";
    }

    // Who makes the record a cell acts on, and where.
    static Account& makerFor(Relation relation, Role role)
    {
        switch (relation) {
        case Relation::Own:
        case Relation::OwnClosed:
            return actor(role);
        case Relation::OtherProperty:
            return account("far");
        case Relation::Assigned:
            return account("manager");
        default:
            return account("maker");
        }
    }

    // The record the cell acts on, made as its relation says. For a line or a photo: its
    // parent so made, and (unless `parentOnly`) the line or photo in it by the same maker.
    static Target make(const std::string& entity, Relation relation, Role role, bool parentOnly = false);
    static Target referenceTarget(const std::string& entity, Relation relation, Role role);
};

ServerProcess* PolicyTable::server = nullptr;
std::map<std::string, Account>* PolicyTable::accounts = nullptr;
std::map<std::string, json>* PolicyTable::reference = nullptr;

} // namespace

Target PolicyTable::referenceTarget(const std::string& entity, Relation relation, Role role)
{
    const bool other = relation == Relation::OtherProperty;
    if (entity == "staff") {
        const auto& who = relation == Relation::Own ? actor(role) : account(other ? "far" : "maker");
        return {entity, who.id, 1, {}};
    }
    const json& r = entity == "property" ? (*reference)[other ? "XHZX" : "CHHY"]
        : entity == "checklist"          ? (*reference)["checklist@"]
                                         : (*reference)[entity + "@" + property(other ? "XHZX" : "CHHY")];
    return {entity, r.at("id").get<std::string>(), r.at("version").get<std::int64_t>(), {}};
}

Target PolicyTable::make(const std::string& entity, Relation relation, Role role, bool parentOnly)
{
    if (entity == "owner" || entity == "staff" || entity == "property" || entity == "checklist")
        return referenceTarget(entity, relation, role);
    const std::string top = isChild(entity) ? parentEntityOf(entity) : entity;
    // A colleague's repair order or complaint is registered by a colleague at the desk.
    const bool loop = top == "repair_order" || top == "complaint";
    auto& maker
        = top == "area" || (loop && relation == Relation::Colleague) ? account("manager") : makerFor(relation, role);
    const bool closed = relation == Relation::OwnClosed || relation == Relation::ColleagueClosed;
    const auto prop = property(relation == Relation::OtherProperty ? "XHZX" : "CHHY");
    std::string who = maker.id;
    std::string assignee;
    if (relation == Relation::Assigned) {
        if (top == "follow_up" || loop)
            assignee = actor(role).id;
        else
            who = actor(role).id; // a visit the manager gave them
    }
    const std::string parentId = newUuid();
    json changes = json::array({change(top, parentId, 0, fieldsOf(top, prop, who, assignee))});
    // An answered line: a finish needs one, and a line's cell acts on it.
    const std::string itemEntity = top == "inspection" ? "inspection_item" : "renovation_item";
    const std::string itemId = newUuid();
    const bool hasItems = top == "inspection" || top == "renovation_check";
    if (hasItems && (closed || isChild(entity)))
        changes.push_back(change(itemEntity, itemId, 0, childOf(itemEntity, parentId, top)));
    const std::string photoId = newUuid();
    std::string sha;
    if (entity == "photo" && !parentOnly) {
        const std::string bytes = "photo " + photoId;
        sha = server::sha256Hex(bytes);
        EXPECT_EQ(maker.api->call("PUT", "/api/v1/photos/" + sha, bytes, {{"Content-Type", "image/jpeg"}}).status, 201);
        changes.push_back(change("photo", photoId, 0, childOf("photo", parentId, top, sha)));
    }
    const auto made = maker.push(changes);
    for (const auto& r : made)
        EXPECT_EQ(r["status"], "applied") << "setting up: " << made.dump();
    std::int64_t parentVersion = made[0].value("version", std::int64_t{0});
    if (closed) {
        const auto closing = top == "follow_up"
            ? account("manager").push(json::array(
                {change(top, parentId, parentVersion,
                        {{"status", "closed"}, {"verified_by", account("manager").id}, {"verified_at", later}})}))
            : maker.push(
                json::array({change(top, parentId, parentVersion, {{"status", "finished"}, {"finished_at", later}})}));
        EXPECT_EQ(closing[0]["status"], "applied") << "setting up: " << closing.dump();
        parentVersion = closing[0].value("version", std::int64_t{0});
    }
    if (parentOnly || !isChild(entity))
        return {top, parentId, parentVersion, {}};
    if (entity == "photo")
        return {"photo", photoId, made.back().value("version", std::int64_t{0}), sha};
    return {itemEntity, itemId, made[1].value("version", std::int64_t{0}), {}};
}

TEST_P(PolicyTable, AcceptsOrRefusesAsTheTableSays)
{
    const auto& cell = GetParam();
    const std::string entity{cell.row.entity};
    auto& me = actor(cell.role);
    const bool otherProperty = cell.row.relation == Relation::OtherProperty;
    json results;
    if (cell.row.action == Action::Read) {
        const auto target = make(entity, cell.row.relation, cell.role);
        std::string from = me.cursor;
        const bool seen = me.pullIds(from).contains(target.id) || me.seenAtStart.contains(target.id);
        EXPECT_EQ(seen, cell.allowed) << "in the pull";
        if (!target.photoSha.empty()) {
            const auto bytes = me.api->call("GET", "/api/v1/photos/" + target.photoSha);
            EXPECT_EQ(bytes.status, cell.allowed ? 200 : 404) << "the photo's bytes";
        }
        return;
    }
    if (cell.row.action == Action::Create) {
        const std::string id = newUuid();
        if (isChild(entity)) {
            const auto parent = make(entity, cell.row.relation, cell.role, true);
            results = me.push(json::array({change(entity, id, 0, childOf(entity, parent.id, parent.entity))}));
        } else {
            const auto prop = property(otherProperty ? "XHZX" : "CHHY");
            const auto who = cell.row.relation == Relation::Colleague ? account("maker").id : me.id;
            results = me.push(json::array({change(entity, id, 0, fieldsOf(entity, prop, who))}));
        }
    } else {
        const auto target = make(entity, cell.row.relation, cell.role);
        json edit;
        if (entity == "photo")
            edit = {{"width", 800}};
        else if (entity == "follow_up" && (cell.row.relation == OwnClosed || cell.row.relation == ColleagueClosed))
            edit = {{"status", "open"}, {"step_note", "未修好"}}; // reopening, with the reason
        else if (entity == "follow_up")
            edit = {{"description", "栏杆已加固"}};
        else if (entity == "area" || entity == "owner" || entity == "property" || entity == "checklist")
            edit = {{"name", "改名"}};
        else if (entity == "staff")
            edit = {{"phone", "13800000000"}};
        else if (entity == "repair_order")
            edit = {{"description", "厨房和卫生间都漏水"}};
        else if (entity == "complaint")
            edit = {{"content", "楼道垃圾三天未清运"}};
        else if (entity == "handover")
            edit = {{"summary", "3号楼电梯停运，已报修"}};
        else
            edit = {{"note", "补充说明"}};
        const bool deleting = cell.row.action == Action::Delete;
        results = me.push(json::array(
            {change(target.entity, target.id, target.version, deleting ? json::object() : edit, deleting)}));
    }
    ASSERT_EQ(results.size(), 1u);
    const auto status = results[0]["status"].get<std::string>();
    EXPECT_EQ(status != "rejected", cell.allowed) << results[0].dump();
    if (!cell.allowed) {
        EXPECT_FALSE(results[0].value("retry", false)) << "a refusal for good, not a parent not there yet";
    }
}

INSTANTIATE_TEST_SUITE_P(EveryCell, PolicyTable, ::testing::ValuesIn(everyCell()), cellName);
