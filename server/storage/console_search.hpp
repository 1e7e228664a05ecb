#pragma once

#include <string>
#include <vector>

namespace patrolbook::server {

// A console search (`q=`) as SQL over console_text (server_schema.cpp step 8). The text
// is split at spaces into terms, all of which a record's text must contain (case aside
// for Latin letters). A term of three characters or more is a phrase of the FTS5 trigram
// index: the matching rows are found by the index. A shorter term has no trigram to look
// up (most Chinese words are two characters), so it is checked by instr() on the text of
// each row the other conditions let through, newest first, until the page is full: the
// cost is the rows walked, bounded by the filters, never a scan of every text.
class ConsoleSearch {
public:
    static constexpr std::size_t maxTerms = 8;

    explicit ConsoleSearch(const std::string& text);

    bool empty() const { return phrases_.empty() && shortTerms_.empty(); }
    // " AND ..." over console_record c, and the values for its placeholders, in order.
    std::string condition() const;
    std::vector<std::string> arguments() const;

    // Characters (UTF-8 code points) of a term.
    static std::size_t characters(const std::string& term);

private:
    std::vector<std::string> phrases_; // three characters or more
    std::vector<std::string> shortTerms_; // one or two
};

} // namespace patrolbook::server
