// RecordListModel's rows: the filters as a RecordListQuery (shared/), a page of keys
// after the last row loaded turned into rows in the user's language, and the sync
// states the rows are marked with. (The model's state and signals are in
// record_list_model.cpp.)
#include "record_list_model.hpp"

#include "form_support.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "vocabulary.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/device_state.hpp"

using form::qstr;
using form::str;

void RecordListModel::readSyncStates()
{
    auto& db = session_->store().database();
    auto marks = patrolbook::RecordListQuery::syncMarks(db);
    rejected_ = std::move(marks.rejected);
    pendingParents_ = std::move(marks.pendingParents);
    conflicted_.clear();
    for (const auto& c : patrolbook::sync::DeviceState(db).conflicts())
        conflicted_.insert(c.id);
}

patrolbook::RecordListQuery::Filter RecordListModel::filter() const
{
    patrolbook::RecordListQuery::Filter f;
    f.kind = str(kind_);
    f.status = str(status_);
    f.areaId = str(areaId_);
    // Before the first sign-in there is no "me": the device's records are all its user's.
    if (mineOnly_)
        f.mineOf = str(session_->userId());
    // A record's day is read on its own clock: the bounds are local midnights.
    if (from_.isValid())
        f.fromDay = from_.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    if (to_.isValid())
        f.toDay = to_.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    f.search = str(filter_.trimmed());
    f.tablesWithRows = tablesWithRows_;
    return f;
}

std::vector<RecordListModel::Row> RecordListModel::fetchPage(int limit) const
{
    std::optional<patrolbook::RecordListQuery::After> after;
    if (!rows_.empty())
        after = patrolbook::RecordListQuery::After{
            rows_.back().when.isValid() ? rows_.back().when.toMSecsSinceEpoch() : 0, str(rows_.back().id)};
    auto& store = session_->store();
    const auto keys = patrolbook::RecordListQuery::page(store.database(), filter(), after, limit);
    // Times read on the property's clock; a device holds a handful of properties.
    std::vector<std::pair<std::string, std::int64_t>> offsets;
    auto offsetOf = [&](const std::string& propertyId) {
        for (const auto& [id, offset] : offsets)
            if (id == propertyId)
                return offset;
        offsets.emplace_back(propertyId, RecordText::propertyOffset(store, propertyId));
        return offsets.back().second;
    };
    std::vector<Row> rows;
    for (const auto& k : keys) {
        Row r;
        r.kind = qstr(k.kind);
        r.kindText = Vocabulary::entityLabel(k.kind);
        r.id = qstr(k.id);
        if (k.timeMs != 0) {
            r.when = RecordText::dateTime(k.timeMs, k.offsetMin);
            r.whenText
                = RecordText::propertyDateTime(patrolbook::Timestamp::fromUtcMs(k.timeMs), offsetOf(k.propertyId));
        }
        r.status = qstr(k.status);
        r.statusText = Vocabulary::statusLabel(k.status);
        if (rejected_.count(k.id))
            r.syncState = Values::SyncState::Rejected;
        else if (conflicted_.count(k.id))
            r.syncState = Values::SyncState::Conflict;
        else if (k.pending || pendingParents_.count(k.id))
            r.syncState = Values::SyncState::Pending;
        else
            r.syncState = Values::SyncState::Synced;
        auto summary = RecordText::summary(store, k.kind, k.id);
        r.title = std::move(summary.title);
        r.subtitle = std::move(summary.subtitle);
        r.failed = summary.failed;
        rows.push_back(std::move(r));
    }
    return rows;
}
