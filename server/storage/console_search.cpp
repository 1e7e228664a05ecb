#include "storage/console_search.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

#include <algorithm>
#include <cctype>

namespace patrolbook::server {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// ASCII letters folded as the trigram tokenizer folds them (it folds other scripts' case
// too; Chinese has none).
std::string folded(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// An FTS5 string: in double quotes, a quote inside doubled. The whole term is one phrase,
// so nothing in it is read as FTS5 syntax (AND, NEAR, *, column names).
std::string phrase(const std::string& term)
{
    std::string out = "\"";
    for (const char c : term) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

// The text a term is looked for in: folded with lower() only when the term has Latin
// letters (lower() of every text costs a third of a scan; Chinese has no case).
std::string textOf(const std::string& body, const std::string& term)
{
    const bool latin = std::any_of(term.begin(), term.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return latin ? "lower(" + body + ")" : body;
}

} // namespace

std::size_t ConsoleSearch::characters(const std::string& term)
{
    return static_cast<std::size_t>(
        std::count_if(term.begin(), term.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

ConsoleSearch::ConsoleSearch(const std::string& text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        if (i < text.size() && phrases_.size() + shortTerms_.size() == maxTerms) {
            tooMany_ = true;
            break;
        }
        const auto start = i;
        while (i < text.size() && !isSpace(text[i]))
            ++i;
        if (i == start)
            continue;
        auto term = text.substr(start, i - start);
        if (characters(term) >= 3)
            phrases_.push_back(std::move(term));
        else
            shortTerms_.push_back(folded(std::move(term)));
    }
}

void ConsoleSearch::narrow(sqlite::Database& db)
{
    if (empty())
        return;
    // With a long term, the trigram index finds the rows; with only short ones, the texts
    // are read straight from FTS5's own table of them (console_text_content: id is the
    // rowid, c0 the body), three times as fast as a scan through the virtual table.
    std::string sql = phrases_.empty() ? "SELECT id FROM console_text_content WHERE 1"
                                       : "SELECT rowid FROM console_text WHERE console_text MATCH ?";
    const char* body = phrases_.empty() ? "c0" : "body";
    for (const auto& term : shortTerms_)
        sql += " AND instr(" + textOf(body, term) + ", ?) > 0";
    sql += " LIMIT " + std::to_string(fewMatches);
    auto st = db.cached(sql);
    int n = 1;
    for (const auto& a : arguments())
        st.bind(n++, a);
    std::vector<std::int64_t> rowids;
    while (st.step())
        rowids.push_back(st.getInt64(0));
    if (rowids.size() < fewMatches)
        candidates_ = std::move(rowids);
}

std::string ConsoleSearch::condition() const
{
    if (candidates_) // the few rows that have every term, by console_record_text
        return " AND c.text_id IN (SELECT value FROM json_each(?))";
    std::string sql;
    // Many matches: the list walks its index; all the long terms are one MATCH (FTS5 ANDs
    // phrases side by side), its rowids gathered once and each walked row looked up in
    // them; each short term an instr() on the walked row's text.
    if (!phrases_.empty())
        sql += " AND c.text_id IN (SELECT rowid FROM console_text WHERE console_text MATCH ?)";
    for (const auto& term : shortTerms_)
        sql += " AND instr(" + textOf("(SELECT t.c0 FROM console_text_content t WHERE t.id = c.text_id)", term)
            + ", ?) > 0";
    return sql;
}

std::vector<std::string> ConsoleSearch::arguments() const
{
    std::vector<std::string> out;
    if (candidates_) {
        std::string list = "[";
        for (const auto id : *candidates_)
            list += (list.size() > 1 ? "," : "") + std::to_string(id);
        out.push_back(list + "]");
        return out;
    }
    if (!phrases_.empty()) {
        std::string match;
        for (const auto& p : phrases_)
            match += (match.empty() ? "" : " ") + phrase(p);
        out.push_back(std::move(match));
    }
    out.insert(out.end(), shortTerms_.begin(), shortTerms_.end());
    return out;
}

} // namespace patrolbook::server
