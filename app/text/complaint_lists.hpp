#pragma once

#include <QString>

#include <array>
#include <string_view>

// The complaint classes and responsible departments the app offers, with their words.
// The one place the app keeps them: once shared/'s per-property lists
// (patrolbook/loops/complaint_lists.hpp) land, classes() and departments() read those
// and label() keeps giving the default codes their words.
namespace complaint_lists {

inline constexpr std::array<std::string_view, 10> defaultClasses{
    "service_attitude", "repair_quality", "security", "cleaning",   "greening",
    "parking",          "noise",          "charges",  "facilities", "other"};
inline constexpr std::array<std::string_view, 6> defaultDepartments{"customer_service", "engineering", "security",
                                                                    "cleaning",         "greening",    "finance"};

// A class's or department's words in the user's language; an unknown code as it is.
QString label(std::string_view code);

} // namespace complaint_lists
