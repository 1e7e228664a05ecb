#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// A console search (`q=`) as SQL over console_text (server_schema.cpp step 9). The text
// is split at spaces into terms, all of which a record's text must contain (case aside
// for Latin letters). A term of three characters or more is a phrase of the FTS5 trigram
// index: the matching rows are found by the index. A shorter term has no trigram to look
// up (most Chinese words are two characters), so it is checked by instr() on the text of
// each row the other conditions let through, newest first, until the page is full.
//
// That walk is quick for a word many records have, and long for a rare one (every row
// of the property, to find none). So first `narrow` asks the texts themselves for up to
// `fewMatches` that have every term (through the trigram index when there is a long
// term; by a scan of the texts, stopped at the limit, when all are short). Fewer than
// that: the list is made from those rows (console_record_text) and sorted, whatever the
// other filters; otherwise the matches are common and the walk finds a page soon.
class ConsoleSearch {
public:
    static constexpr std::size_t maxTerms = 8;
    static constexpr std::size_t fewMatches = 2000;

    explicit ConsoleSearch(const std::string& text);

    bool empty() const { return phrases_.empty() && shortTerms_.empty(); }
    // Terms after the first maxTerms were left out (the caller refuses such a search).
    bool tooManyTerms() const { return tooMany_; }
    // Finds out whether few texts match (see above).
    void narrow(sqlite::Database& db);
    // No text has every term: the list is empty.
    bool nothing() const { return candidates_ && candidates_->empty(); }
    // What goes after "FROM console_record c ", if anything: the index to read.
    const char* index() const { return candidates_ ? "INDEXED BY console_record_text " : nullptr; }
    // " AND ..." over console_record c, and the values for its placeholders, in order.
    std::string condition() const;
    std::vector<std::string> arguments() const;

    // Characters (UTF-8 code points) of a term.
    static std::size_t characters(const std::string& term);

private:
    std::vector<std::string> phrases_; // three characters or more
    std::vector<std::string> shortTerms_; // one or two
    std::optional<std::vector<std::int64_t>> candidates_; // console_text rowids, when few
    bool tooMany_ = false;
};

} // namespace patrolbook::server
