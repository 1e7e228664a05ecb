#include "patrolbook/sync/protocol.hpp"

#include "member_reader.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/json_text.hpp"

namespace patrolbook::sync {

namespace {

const Json& member(const Json& object, const char* name, const std::string& where)
{
    auto it = object.find(name);
    if (it == object.end())
        malformed(where + " has no \"" + name + "\"");
    return *it;
}

std::string text(const Json& object, const char* name, const std::string& where)
{
    return checkedText(member(object, name, where), name, where);
}

std::int64_t integer(const Json& object, const char* name, const std::string& where)
{
    return checkedWholeNumber(member(object, name, where), name, where);
}

bool flag(const Json& object, const char* name, const std::string& where, bool fallback)
{
    auto it = object.find(name);
    return it == object.end() ? fallback : checkedFlag(*it, name, where);
}

} // namespace

Json toJson(const PushRequest& request)
{
    Json changes = Json::array();
    for (const auto& c : request.changes)
        changes.push_back({{"change_id", c.changeId},
                           {"entity", c.entity},
                           {"id", c.id},
                           {"base_version", c.baseVersion},
                           {"fields", c.fields},
                           {"deleted", c.deleted}});
    return {{"device_id", request.deviceId}, {"changes", std::move(changes)}};
}

std::string toJsonText(const std::string& deviceId, const std::vector<Change>& changes,
                       const std::function<void(std::string&, std::size_t)>& writeFields)
{
    std::string out = R"({"changes":[)";
    out.reserve(changes.size() * 512);
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const auto& c = changes[i];
        out += i ? ",{" : "{";
        out += R"("base_version":)";
        out += std::to_string(c.baseVersion);
        out += R"(,"change_id":)";
        appendJsonString(out, c.changeId);
        out += c.deleted ? R"(,"deleted":true,"entity":)" : R"(,"deleted":false,"entity":)";
        appendJsonString(out, c.entity);
        out += R"(,"fields":)";
        writeFields(out, i);
        out += R"(,"id":)";
        appendJsonString(out, c.id);
        out += '}';
    }
    out += R"(],"device_id":)";
    appendJsonString(out, deviceId);
    out += '}';
    return out;
}

std::string toJsonText(const PushRequest& request)
{
    return toJsonText(request.deviceId, request.changes,
                      [&](std::string& out, std::size_t i) { appendJson(out, request.changes[i].fields); });
}

std::string pushAnswerText(const std::vector<ChangeResult>& results, const std::string& serverTime)
{
    std::string out = R"({"results":[)";
    out.reserve(results.size() * 100);
    bool first = true;
    for (const auto& r : results) {
        out += first ? "{" : ",{";
        first = false;
        out += R"("change_id":)";
        appendJsonString(out, r.changeId);
        if (r.reason) {
            out += R"(,"reason":)";
            appendJsonString(out, *r.reason);
        }
        if (r.retry)
            out += R"(,"retry":true)";
        out += R"(,"status":")";
        out += toString(r.status);
        out += R"(","version":)" + std::to_string(r.version) + "}";
    }
    out += R"(],"server_time":)";
    appendJsonString(out, serverTime);
    out += '}';
    return out;
}

std::vector<ChangeResult> parsePushResults(const Json& body)
{
    if (!body.is_object())
        malformed("the push answer must be a JSON object");
    const Json& results = member(body, "results", "the push answer");
    if (!results.is_array())
        malformed("\"results\" must be an array");
    std::vector<ChangeResult> out;
    for (const auto& r : results) {
        if (!r.is_object())
            malformed("a push result must be an object");
        ChangeResult cr;
        cr.changeId = text(r, "change_id", "a push result");
        const auto status = enumFromString<ChangeStatus>(text(r, "status", "a push result"));
        if (!status)
            malformed("a push result has an unknown status");
        cr.status = *status;
        cr.version = integer(r, "version", "a push result");
        if (auto reason = r.find("reason"); reason != r.end() && reason->is_string())
            cr.reason = reason->get<std::string>();
        cr.retry = flag(r, "retry", "a push result", false);
        out.push_back(std::move(cr));
    }
    return out;
}

} // namespace patrolbook::sync
