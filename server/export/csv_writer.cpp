#include "export/csv_writer.hpp"

namespace patrolbook::server {

void CsvWriter::appendCell(std::string& out, std::string_view cell)
{
    const bool formula = !cell.empty()
        && (cell.front() == '=' || cell.front() == '+' || cell.front() == '-' || cell.front() == '@'
            || cell.front() == '\t' || cell.front() == '\r');
    const bool quoted = formula || cell.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quoted) {
        out += cell;
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void CsvWriter::appendRow(std::string& out, const std::vector<std::string>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i)
            out += ',';
        appendCell(out, cells[i]);
    }
    out += "\r\n";
}

} // namespace patrolbook::server
