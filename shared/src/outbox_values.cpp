#include "outbox_values.hpp"

#include "patrolbook/uuid.hpp"

#include <algorithm>
#include <numeric>

namespace patrolbook {

void dropEntriesOf(sqlite::Database& db, std::string_view entity, std::string_view recordId)
{
    db.cachedLiteral(
          "DELETE FROM outbox_values WHERE seq IN (SELECT seq FROM outbox WHERE record_id = ? AND entity = ?)")
        .bindRef(1, recordId)
        .bindRef(2, entity)
        .run();
    db.cachedLiteral("DELETE FROM outbox WHERE record_id = ? AND entity = ?")
        .bindRef(1, recordId)
        .bindRef(2, entity)
        .run();
}

void dropValues(sqlite::Database& db, std::int64_t first, std::int64_t last)
{
    db.cachedLiteral("DELETE FROM outbox_values WHERE seq BETWEEN ?1 AND ?2").bind(1, first).bind(2, last).run();
}

std::vector<std::optional<PreparedValues>> preparedValues(sqlite::Database& db, const std::vector<std::int64_t>& seqs)
{
    std::vector<std::optional<PreparedValues>> out(seqs.size());
    if (seqs.empty())
        return out;
    std::vector<std::size_t> order(seqs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return seqs[a] < seqs[b]; });
    const auto take = [&](std::size_t i, const sqlite::Statement& st, int column) {
        out[i] = PreparedValues{st.getString(column),
                                st.isNull(column + 1) ? std::nullopt : std::optional{st.getString(column + 1)}};
    };
    // A batch's entries are mostly one run of seqs: one range scan finds their values at a
    // step each. A range crowded with others (entries on the wire, refused ones) stops early
    // and the entries are looked up one by one instead.
    const std::size_t cap = crowdedRangeAfter(seqs.size());
    auto& range
        = db.cachedLiteral("SELECT seq, fields, parent_id FROM outbox_values WHERE seq BETWEEN ?1 AND ?2 LIMIT ?3");
    range.bind(1, seqs[order.front()]).bind(2, seqs[order.back()]).bind(3, static_cast<std::int64_t>(cap + 1));
    std::size_t rows = 0;
    for (std::size_t at = 0; range.step() && ++rows <= cap;) {
        const std::int64_t seq = range.getInt64(0);
        while (at < order.size() && seqs[order[at]] < seq)
            ++at;
        if (at < order.size() && seqs[order[at]] == seq)
            take(order[at], range, 1);
    }
    range.reset();
    if (rows <= cap)
        return out;
    auto& probe = db.cachedLiteral("SELECT fields, parent_id FROM outbox_values WHERE seq = ?");
    for (std::size_t i = 0; i < seqs.size(); ++i) {
        out[i].reset();
        probe.bind(1, seqs[i]);
        if (probe.step())
            take(i, probe, 0);
        probe.reset();
    }
    return out;
}

} // namespace patrolbook
