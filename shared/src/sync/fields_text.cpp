#include "patrolbook/sync/fields_text.hpp"

#include "field_reader.hpp"

namespace patrolbook::sync {

template <Record T>
std::optional<std::string> readFieldsText(std::string_view text, T& out, std::vector<std::string>* names)
{
    json::Document doc(text);
    return json::reading(doc, [&] {
        std::size_t repeated = 0;
        auto problem = readFields(doc, doc.rootObject("the fields must be a JSON object"), out, repeated, names);
        doc.finish();
        return problem;
    });
}

// T names a type in an explicit instantiation: it cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define PATROLBOOK_READ_FIELDS_TEXT(T)                                                                                 \
    template std::optional<std::string> readFieldsText<T>(std::string_view, T&, std::vector<std::string>*);
// NOLINTEND(bugprone-macro-parentheses)
PATROLBOOK_READ_FIELDS_TEXT(Property)
PATROLBOOK_READ_FIELDS_TEXT(Building)
PATROLBOOK_READ_FIELDS_TEXT(Checklist)
PATROLBOOK_READ_FIELDS_TEXT(ChecklistRevision)
PATROLBOOK_READ_FIELDS_TEXT(Area)
PATROLBOOK_READ_FIELDS_TEXT(Staff)
PATROLBOOK_READ_FIELDS_TEXT(Unit)
PATROLBOOK_READ_FIELDS_TEXT(Owner)
PATROLBOOK_READ_FIELDS_TEXT(Inspection)
PATROLBOOK_READ_FIELDS_TEXT(InspectionItem)
PATROLBOOK_READ_FIELDS_TEXT(RenovationCheck)
PATROLBOOK_READ_FIELDS_TEXT(RenovationItem)
PATROLBOOK_READ_FIELDS_TEXT(OwnerVisit)
PATROLBOOK_READ_FIELDS_TEXT(FollowUp)
PATROLBOOK_READ_FIELDS_TEXT(RepairOrder)
PATROLBOOK_READ_FIELDS_TEXT(Complaint)
PATROLBOOK_READ_FIELDS_TEXT(Handover)
PATROLBOOK_READ_FIELDS_TEXT(Photo)
PATROLBOOK_READ_FIELDS_TEXT(Notice)
PATROLBOOK_READ_FIELDS_TEXT(LoopEvent)
#undef PATROLBOOK_READ_FIELDS_TEXT

std::optional<std::string> stringMember(std::string_view objectText, std::string_view name)
{
    json::Document doc(objectText);
    return json::reading(doc, [&] {
        std::optional<std::string> out;
        std::string key;
        for (auto result : doc.rootObject("not a JSON object")) {
            od::field field = std::move(result);
            readKey(field, key);
            od::value value = field.value();
            if (key != name) {
                skipValue(doc, value);
                continue;
            }
            out.reset();
            if (json::isString(value))
                json::readString(doc, value, out.emplace());
            else
                skipValue(doc, value);
        }
        doc.finish();
        return out;
    });
}

} // namespace patrolbook::sync
