#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace patrolbook::server {

// CSV as spreadsheets read it (RFC 4180): rows end in CRLF; a cell with a comma, a quote,
// CR or LF is quoted, its quotes doubled. A cell a spreadsheet would take for a formula
// (it starts with = + - @, a tab or CR) gets a leading ' first: staff type free text,
// and an export must not run what they typed when the office opens it (CSV injection).
class CsvWriter {
public:
    // The byte-order mark Excel needs to read UTF-8 (without it, Chinese is garbled).
    static constexpr std::string_view bom = "\xEF\xBB\xBF";

    static void appendCell(std::string& out, std::string_view cell);
    static void appendRow(std::string& out, const std::vector<std::string>& cells);
};

} // namespace patrolbook::server
