#include "storage/console_search.hpp"

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

} // namespace

std::size_t ConsoleSearch::characters(const std::string& term)
{
    return static_cast<std::size_t>(
        std::count_if(term.begin(), term.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

ConsoleSearch::ConsoleSearch(const std::string& text)
{
    std::size_t i = 0;
    while (i < text.size() && phrases_.size() + shortTerms_.size() < maxTerms) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
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

std::string ConsoleSearch::condition() const
{
    std::string sql;
    // All the long terms in one MATCH (FTS5 ANDs phrases side by side): the rowids of the
    // texts that have them, each row then a probe of console_record_text.
    if (!phrases_.empty())
        sql += " AND c.text_id IN (SELECT rowid FROM console_text WHERE console_text MATCH ?)";
    for (std::size_t i = 0; i < shortTerms_.size(); ++i)
        sql += " AND instr(lower((SELECT t.body FROM console_text t WHERE t.rowid = c.text_id)), ?) > 0";
    return sql;
}

std::vector<std::string> ConsoleSearch::arguments() const
{
    std::vector<std::string> out;
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
