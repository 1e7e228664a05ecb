// Values read whole: into nlohmann values (what parseJson and the readers' general paths
// make) or only checked (what a reader passes over but may keep as text).

#include "json_document.hpp"
#include "json_scalars.hpp"
#include "patrolbook/json_parse.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace patrolbook::json {

namespace {

const char* tokenStart(od::value& value)
{
    return std::string_view(value.raw_json_token()).data();
}

void checkDepth(Document& doc, od::value& value, int depth)
{
    // simdjson's On-Demand API walks any depth; our recursion is what must stop.
    if (depth > maxJsonDepth)
        doc.fail("nested too deep", tokenStart(value));
}

Json scalar(Document& doc, od::value& value, od::json_type type)
{
    const std::string_view token = value.raw_json_token();
    doc.mark(token.data());
    Json out;
    if (const char* wrong = type == od::json_type::number ? readNumber(token, out) : readLiteral(token, out))
        doc.fail(wrong, token.data());
    return out;
}

} // namespace

bool isString(od::value& value)
{
    return value.type() == od::json_type::string;
}

bool isObject(od::value& value)
{
    return value.type() == od::json_type::object;
}

bool isArray(od::value& value)
{
    return value.type() == od::json_type::array;
}

void readString(Document& doc, od::value value, std::string& out)
{
    doc.mark(tokenStart(value));
    const std::string_view s = value.get_string();
    out.assign(s);
}

Json readValue(Document& doc, od::value value, int depth, std::size_t& repeated)
{
    const od::json_type type = value.type();
    switch (type) {
    case od::json_type::object: {
        checkDepth(doc, value, depth);
        Json out = Json::object();
        auto& members = out.get_ref<Json::object_t&>();
        for (auto result : value.get_object()) {
            od::field field = std::move(result);
            std::string key{std::string_view(field.unescaped_key())};
            // Writers (ours too) mostly send names in order: a hint at the end makes each
            // insert constant time. A repeated name keeps its node and takes the last value.
            const std::size_t before = members.size();
            auto it = members.emplace_hint(members.end(), std::move(key), nullptr);
            repeated += members.size() == before ? 1 : 0;
            it->second = readValue(doc, field.value(), depth + 1, repeated);
        }
        return out;
    }
    case od::json_type::array: {
        checkDepth(doc, value, depth);
        Json out = Json::array();
        auto& items = out.get_ref<Json::array_t&>();
        for (auto element : value.get_array())
            items.push_back(readValue(doc, element.value(), depth + 1, repeated));
        return out;
    }
    case od::json_type::string: {
        std::string s;
        readString(doc, value, s);
        return s;
    }
    default:
        return scalar(doc, value, type);
    }
}

void checkValue(Document& doc, od::value value, int depth, std::size_t& repeated)
{
    const od::json_type type = value.type();
    switch (type) {
    case od::json_type::object: {
        checkDepth(doc, value, depth);
        std::vector<std::string> names; // objects are rare where values are only checked
        for (auto result : value.get_object()) {
            od::field field = std::move(result);
            std::string key{std::string_view(field.unescaped_key())};
            if (std::find(names.begin(), names.end(), key) != names.end())
                ++repeated;
            else
                names.push_back(std::move(key));
            checkValue(doc, field.value(), depth + 1, repeated);
        }
        return;
    }
    case od::json_type::array:
        checkDepth(doc, value, depth);
        for (auto element : value.get_array())
            checkValue(doc, element.value(), depth + 1, repeated);
        return;
    case od::json_type::string:
        doc.mark(tokenStart(value));
        (void)std::string_view(value.get_string()); // unescaped, so checked
        return;
    default:
        (void)scalar(doc, value, type);
    }
}

Json readRoot(Document& doc, std::size_t& repeated)
{
    auto& root = doc.root();
    const od::json_type type = root.type();
    if (type == od::json_type::object || type == od::json_type::array) {
        Json out = readValue(doc, root.get_value(), 1, repeated);
        doc.finish();
        return out;
    }
    // A scalar at the root: its token runs to the end of the text but for white space.
    const std::string_view token = root.raw_json_token();
    doc.mark(token.data());
    Json out;
    if (type == od::json_type::string) {
        out = std::string(std::string_view(root.get_string()));
    } else if (const char* wrong = type == od::json_type::number ? readNumber(token, out) : readLiteral(token, out)) {
        doc.fail(wrong, token.data());
    }
    const char* after = token.data() + token.size();
    while (after != doc.end() && (*after == ' ' || *after == '\n' || *after == '\r' || *after == '\t'))
        ++after;
    if (after != doc.end())
        doc.fail("unexpected text after the JSON value", after);
    return out;
}

} // namespace patrolbook::json
