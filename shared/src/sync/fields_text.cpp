#include "patrolbook/sync/fields_text.hpp"

#include "field_reader.hpp"

namespace patrolbook::sync {

template <Record T>
std::optional<std::string> readFieldsText(std::string_view text, T& out, std::vector<std::string>* names)
{
    JsonReader in(text);
    auto problem = readFields(in, out, names);
    in.finish();
    return problem;
}

// T names a type in an explicit instantiation: it cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define PATROLBOOK_READ_FIELDS_TEXT(T)                                                                                 \
    template std::optional<std::string> readFieldsText<T>(std::string_view, T&, std::vector<std::string>*);
// NOLINTEND(bugprone-macro-parentheses)
PATROLBOOK_READ_FIELDS_TEXT(Property)
PATROLBOOK_READ_FIELDS_TEXT(Building)
PATROLBOOK_READ_FIELDS_TEXT(Checklist)
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
PATROLBOOK_READ_FIELDS_TEXT(Photo)
#undef PATROLBOOK_READ_FIELDS_TEXT

std::optional<std::string> stringMember(std::string_view objectText, std::string_view name)
{
    JsonReader in(objectText);
    std::optional<std::string> out;
    std::string key;
    in.beginObject();
    while (in.nextMember(key)) {
        if (key != name) {
            in.skipValue();
            continue;
        }
        out.reset();
        if (in.peek() == '"')
            in.readString(out.emplace());
        else
            in.skipValue();
    }
    in.finish();
    return out;
}

} // namespace patrolbook::sync
