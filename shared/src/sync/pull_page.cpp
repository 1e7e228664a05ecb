#include "pull_page.hpp"

#include "field_reader.hpp"
#include "member_reader.hpp"
#include "patrolbook/record_json.hpp"
#include "patrolbook/store.hpp"
#include "record_dispatch.hpp"

namespace patrolbook::sync {

namespace {

// A tombstone need not repeat every field: it applies to the copy we hold, so it is
// decoded against the store.
template <Record T>
void storeTombstone(RecordStore& records, const PulledRecord& pulled)
{
    if (auto local = records.get<T>(pulled.id)) {
        applyFields(*local, pulled.fields);
        local->version = pulled.version;
        local->deleted = true;
        records.putFromServer(*local);
        return;
    }
    try {
        records.putFromServer(fromFields<T>(pulled.id, pulled.version, true, pulled.fields));
    } catch (const Error& e) {
        // The tombstone of a record this device never had: nothing to delete here.
        if (e.domain() == ErrorDomain::Storage)
            throw;
    }
}

// Runs `store` and counts the record, or notes why it could not be stored. The store
// failing is not the record's fault: that error goes on, the page rolls back and is
// fetched again.
template <class F>
void counted(PullReport& report, const std::string& entity, const std::string& id, F&& store)
{
    try {
        store();
        ++report.applied;
    } catch (const Error& e) {
        if (e.domain() == ErrorDomain::Storage)
            throw;
        report.skipped.push_back({entity, id, e.message()});
    } catch (const nlohmann::json::exception& e) {
        report.skipped.push_back({entity, id, e.what()});
    }
}

using Step = std::function<void(Store&, PullReport&)>;

Step skippedStep(std::string entity, std::string id, std::string reason)
{
    return [s = SkippedRecord{std::move(entity), std::move(id), std::move(reason)}](Store&, PullReport& report) {
        report.skipped.push_back(s);
    };
}

template <Record T>
Step storeStep(T record, std::string entity)
{
    return [record = std::move(record), entity = std::move(entity)](Store& store, PullReport& report) {
        counted(report, entity, record.id, [&] { store.records().putFromServer(record); });
    };
}

Step prepare(PulledRecord&& pulled)
{
    Step step;
    try {
        const bool known = withRecordType(pulled.entity, [&]<class T>() {
            if (pulled.deleted) {
                step = [p = std::move(pulled)](Store& store, PullReport& report) {
                    counted(report, p.entity, p.id, [&] { storeTombstone<T>(store.records(), p); });
                };
                return;
            }
            step = storeStep(fromFields<T>(pulled.id, pulled.version, false, pulled.fields), std::move(pulled.entity));
        });
        if (!known)
            step = [](Store&, PullReport& report) { ++report.unknownEntity; };
    } catch (const Error& e) {
        step = skippedStep(pulled.entity, pulled.id, e.message());
    } catch (const nlohmann::json::exception& e) {
        step = skippedStep(pulled.entity, pulled.id, e.what());
    }
    return step;
}

// A live record whose fields are read straight into its type.
template <Record T>
Step readLiveRecord(json::Document& doc, od::object fields, std::string entity, std::string id, std::int64_t version)
{
    T record;
    std::size_t repeated = 0;
    if (auto problem = readFields(doc, fields, record, repeated))
        return skippedStep(std::move(entity), std::move(id), std::move(*problem));
    if (!isUuid(id))
        return skippedStep(std::move(entity), std::move(id), "id must be a UUID");
    record.id = std::move(id);
    record.version = version;
    return storeStep(std::move(record), std::move(entity));
}

// One element of "records". The server sends entity, id, version and deleted before the
// fields, so a live record's fields are decoded into its type as they are read; in any
// other order they are read as a Json value and decoded after.
Step readRecord(json::Document& doc, od::value value)
{
    static constexpr const char* where = "a pulled record";
    if (!json::isObject(value))
        malformed("a pulled record must be an object");
    std::optional<std::string> entity, id;
    std::optional<std::int64_t> version;
    std::optional<bool> deleted;
    std::optional<Json> fields;
    Step step;
    std::string key;
    for (auto result : value.get_object()) {
        od::field field = std::move(result);
        readKey(field, key);
        if (step && (key == "entity" || key == "id" || key == "version" || key == "deleted" || key == "fields"))
            malformed("a pulled record names \"" + key + "\" twice");
        if (key == "entity") {
            entity = nonEmptyText(doc, field.value(), "entity", where);
        } else if (key == "id") {
            id = nonEmptyText(doc, field.value(), "id", where);
        } else if (key == "version") {
            version = wholeNumber(doc, field.value(), "version", where);
        } else if (key == "deleted") {
            deleted = readFlag(doc, field.value(), "deleted", where);
        } else if (key == "fields") {
            od::value fieldsValue = field.value();
            if (!json::isObject(fieldsValue))
                malformed("a pulled record's \"fields\" must be an object");
            if (entity && id && version && deleted && !*deleted) {
                const bool known = withRecordType(*entity, [&]<class T>() {
                    step = readLiveRecord<T>(doc, fieldsValue.get_object(), *entity, *id, *version);
                });
                if (!known) {
                    skipValue(doc, fieldsValue);
                    step = [](Store&, PullReport& report) { ++report.unknownEntity; };
                }
            } else {
                fields = jsonValue(doc, fieldsValue);
            }
        } else {
            skipValue(doc, field.value());
        }
    }
    if (step)
        return step;
    for (const auto& [name, missing] : {std::pair{"entity", !entity}, {"id", !id}, {"version", !version}})
        if (missing)
            malformed(std::string{where} + " has no \"" + name + "\"");
    if (!fields)
        malformed("a pulled record has no \"fields\"");
    return prepare({std::move(*entity), std::move(*id), *version, std::move(*fields), deleted.value_or(false)});
}

} // namespace

PreparedPage readPullPage(std::string_view body)
{
    static constexpr const char* where = "the pull answer";
    json::Document doc(body);
    return json::reading(doc, [&] {
        od::object top = doc.rootObject("the pull answer must be a JSON object");
        PreparedPage out;
        bool sawRecords = false;
        bool sawCursor = false;
        std::string key;
        for (auto result : top) {
            od::field field = std::move(result);
            readKey(field, key);
            if (key == "records") {
                sawRecords = true;
                out.steps.clear();
                od::value records = field.value();
                if (!json::isArray(records))
                    malformed("\"records\" must be an array");
                for (auto element : records.get_array())
                    out.steps.push_back(readRecord(doc, element.value()));
            } else if (key == "cursor") {
                sawCursor = true;
                out.cursor = nonEmptyText(doc, field.value(), "cursor", where);
            } else if (key == "has_more") {
                out.hasMore = readFlag(doc, field.value(), "has_more", where);
            } else if (key == "reset") {
                out.reset = readFlag(doc, field.value(), "reset", where);
            } else if (key == "property_ids") {
                Json ids = jsonValue(doc, field.value());
                out.propertyIds.clear();
                if (ids.is_array())
                    for (auto& id : ids)
                        if (id.is_string())
                            out.propertyIds.push_back(std::move(id.get_ref<std::string&>()));
            } else {
                skipValue(doc, field.value());
            }
        }
        doc.finish();
        if (!sawRecords)
            malformed("the pull answer has no \"records\"");
        if (!sawCursor)
            malformed("the pull answer has no \"cursor\"");
        return out;
    });
}

} // namespace patrolbook::sync
