#include "patrolbook/sync/protocol.hpp"

#include "member_reader.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/json_text.hpp"

namespace patrolbook::sync {

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

std::string toJsonText(const std::string& deviceId, const std::vector<ChangeHead>& changes,
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

std::string toJsonText(const std::string& deviceId, const std::vector<Change>& changes,
                       const std::function<void(std::string&, std::size_t)>& writeFields)
{
    std::vector<ChangeHead> heads;
    heads.reserve(changes.size());
    for (const auto& c : changes)
        heads.push_back({c.changeId, c.entity, c.id, c.baseVersion, c.deleted});
    return toJsonText(deviceId, heads, writeFields);
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

namespace {

ChangeResult readPushResult(json::Document& doc, od::value value, std::string& key)
{
    static const std::string where = "a push result";
    if (!json::isObject(value))
        malformed("a push result must be an object");
    ChangeResult cr;
    bool haveId = false;
    bool haveVersion = false;
    bool haveStatus = false;
    std::string status;
    // A name given twice counts with its last value, as in a parsed document.
    for (auto result : value.get_object()) {
        od::field field = std::move(result);
        readKey(field, key);
        if (key == "change_id") {
            cr.changeId = nonEmptyText(doc, field.value(), "change_id", where);
            haveId = true;
        } else if (key == "status") {
            status = nonEmptyText(doc, field.value(), "status", where);
            haveStatus = true;
        } else if (key == "version") {
            cr.version = wholeNumber(doc, field.value(), "version", where);
            haveVersion = true;
        } else if (key == "reason") {
            od::value reason = field.value();
            if (json::isString(reason)) { // anything else is no reason
                json::readString(doc, reason, cr.reason.emplace());
            } else {
                cr.reason.reset();
                skipValue(doc, reason);
            }
        } else if (key == "retry") {
            cr.retry = readFlag(doc, field.value(), "retry", where);
        } else {
            skipValue(doc, field.value());
        }
    }
    if (!haveId)
        malformed(where + " has no \"change_id\"");
    if (!haveStatus)
        malformed(where + " has no \"status\"");
    const auto known = enumFromString<ChangeStatus>(status);
    if (!known)
        malformed("a push result has an unknown status");
    cr.status = *known;
    if (!haveVersion)
        malformed(where + " has no \"version\"");
    return cr;
}

} // namespace

std::vector<ChangeResult> parsePushResults(std::string_view body)
{
    // Read straight into results: a document of Json values first costs as much again.
    if (body.starts_with("\xEF\xBB\xBF"))
        body.remove_prefix(3); // a byte order mark, skipped as a parsed document skips it
    json::Document doc(body);
    return json::reading(doc, [&] {
        od::object top = doc.rootObject("the push answer must be a JSON object");
        std::vector<ChangeResult> out;
        bool haveResults = false;
        std::string key;
        std::string resultKey;
        for (auto result : top) {
            od::field field = std::move(result);
            readKey(field, key);
            if (key != "results") {
                skipValue(doc, field.value());
                continue;
            }
            od::value results = field.value();
            if (!json::isArray(results))
                malformed("\"results\" must be an array");
            haveResults = true;
            out.clear();
            for (auto element : results.get_array())
                out.push_back(readPushResult(doc, element.value(), resultKey));
        }
        doc.finish();
        if (!haveResults)
            malformed("the push answer has no \"results\"");
        return out;
    });
}

} // namespace patrolbook::sync
