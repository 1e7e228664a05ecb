#pragma once

#include "export/export_words.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace patrolbook::server {

class ConsoleRepo;
struct ConsoleRow;

// A listed record as a row of the CSV export: names instead of ids (property, staff,
// area or unit), its time on the property's clock, stored values as words. The names
// of the caller's properties are read once, up front: an estate's few thousand units at
// most, whatever the number of rows exported.
class RecordCsv {
public:
    RecordCsv(ConsoleRepo& repo, const std::vector<std::string>& propertyIds, ExportWords words);

    std::vector<std::string> header() const { return words_.csvHeader(); }
    std::vector<std::string> row(const ConsoleRow& record) const;
    // The property's UTC offset in minutes (480 when unknown, the demo estate's).
    std::int32_t offsetOf(const std::string& propertyId) const;

private:
    std::string name(const std::map<std::string, std::string>& names, const std::string& id) const;
    ExportWords words_;
    std::map<std::string, std::string> properties_;
    std::map<std::string, std::int32_t> offsets_;
    std::map<std::string, std::string> staff_;
    std::map<std::string, std::string> areas_;
    std::map<std::string, std::string> units_; // "building number"
};

} // namespace patrolbook::server
