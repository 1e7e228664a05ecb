#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace patrolbook {

// One entry of a property's complaint classes or departments: the code a complaint
// stores and its words in both languages.
struct ListEntry {
    std::string code;
    std::string zh;
    std::string en;
};

// A property keeps its own lists in its record's `extra` JSON ("complaint_classes",
// "departments": [{code, zh, en}]); these are what a property without them uses.
const std::vector<ListEntry>& defaultComplaintClasses();
const std::vector<ListEntry>& defaultDepartments();

// The property's list under `key` in its `extra` JSON text, or the default when it has
// none (or it is unreadable: the property record is the office's, not the device's).
std::vector<ListEntry> complaintList(std::string_view propertyExtra, std::string_view key);

bool listHas(const std::vector<ListEntry>& list, std::string_view code);

} // namespace patrolbook
