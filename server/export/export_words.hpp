#pragma once

#include "api/request.hpp"

#include <string>
#include <vector>

namespace patrolbook::server {

// The words of an export (its header row, stored values as labels, its file name) in the
// reader's language: Simplified Chinese unless English is asked for, as in the console.
// The labels are the console's own (server/console/src/i18n.ts), so a spreadsheet says
// what the screen says.
class ExportWords {
public:
    enum class Lang { Zh, En };

    // `lang=en|zh` first (the console sends its chosen language), else Accept-Language.
    static ExportWords forRequest(const Request& request);
    explicit ExportWords(Lang lang)
        : lang_(lang)
    {
    }

    Lang lang() const { return lang_; }
    std::vector<std::string> csvHeader() const;
    // A stored value (kind, status, review state, outcome) as a word; unknown: as stored.
    std::string label(const std::string& value) const;
    // "巡检记录" / "records", "巡检照片" / "photos": the start of a download's file name.
    std::string fileStem(bool photos) const;

private:
    Lang lang_;
};

} // namespace patrolbook::server
