#include "record_detail.hpp"

#include "form_support.hpp"
#include "photo_cache.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "vocabulary.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/entities.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/renovation_standard.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/sync/device_state.hpp"
#include "patrolbook/visit_rules.hpp"

#include <QDebug>

#include <QVariantMap>

#include <algorithm>

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace {

using form::qstr;
using form::str;
using patrolbook::PatrolRules;
using patrolbook::toString;

// On the property's clock (offsetMin), whatever zone the phone is in.
QString when(const std::optional<patrolbook::Timestamp>& t, std::int64_t offsetMin)
{
    return t ? RecordText::propertyDateTime(*t, offsetMin) : QString();
}

// What the detail gathers besides its fields: the lines' ids (whose sync state counts as
// the record's), the photo records to show, and the position.
struct Extras {
    std::vector<std::string> lineIds;
    std::vector<std::string> photoIds;
    std::optional<patrolbook::GeoPoint> position;
};

} // namespace

RecordDetail::RecordDetail(Session* session, QObject* parent)
    : QObject(parent)
    , SessionBound(session)
{
    bindSession();
}

void RecordDetail::attachSession()
{
    // The record may change under the view: a sync brings the server's state, a form saves.
    connect(session_, &Session::recordsChanged, this, [this] {
        if (!id_.isEmpty())
            load(kind_, id_);
    });
}

void RecordDetail::addField(const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty())
        fields_.append(QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
}

void RecordDetail::load(const QString& kind, const QString& recordId)
{
    kind_ = kind;
    id_ = recordId;
    found_ = false;
    title_.clear();
    position_.clear();
    fields_.clear();
    lines_.clear();
    photos_.clear();
    links_.clear();
    photoCount_ = 0;
    syncState_ = Values::SyncState::Synced;
    syncReason_.clear();
    try {
        auto& store = session_->store();
        auto& records = store.records();
        const std::string id = form::str(recordId);
        Extras extras;
        // Photos of a line go with the line; each counts once for the record. Each is
        // shown from the device's file, or fetched from the server when it is shown.
        auto photoUrls = [&](const std::vector<std::string>& ids) {
            QVariantList urls;
            for (const auto& pid : ids) {
                const auto photo = records.get<patrolbook::Photo>(pid);
                if (!photo)
                    continue;
                ++photoCount_;
                const QUrl url = PhotoCache::urlOf(photo->sha256);
                if (!url.isEmpty()) {
                    urls.append(url);
                    photos_.append(url);
                }
            }
            return urls;
        };
        auto addLine = [&](const std::string& lineId, const std::string& title,
                           const std::optional<patrolbook::ItemResult>& result, const std::optional<std::string>& note,
                           const std::vector<std::string>& photoIds) {
            extras.lineIds.push_back(lineId);
            lines_.append(QVariantMap{{QStringLiteral("title"), qstr(title)},
                                      {QStringLiteral("result"), int(qml::value(result))},
                                      {QStringLiteral("note"), qstr(note)},
                                      {QStringLiteral("photos"), photoUrls(photoIds)}});
        };
        // The record's own fields, by its type (the shared type list picks it).
        patrolbook::forEachRecordType(patrolbook::AllRecordTypes{}, [&]<class T>() {
            if (patrolbook::Schema<T>::entity != str(kind))
                return;
            const auto r = records.get<T>(id);
            if (!r)
                return;
            found_ = true;
            if constexpr (std::is_same_v<T, patrolbook::Inspection>) {
                const auto offset = RecordText::propertyOffset(store, r->propertyId);
                title_ = RecordText::areaName(store, r->areaId);
                addField(tr("Area"), title_);
                addField(tr("Inspector"), RecordText::staffName(store, r->inspectorId));
                addField(tr("Started"), when(r->startedAt, offset));
                addField(tr("Finished"), when(r->finishedAt, offset));
                addField(tr("Status"), Vocabulary::label(r->status));
                addField(tr("Note"), qstr(r->note));
                // As the form lists them: the checklist's order and the UI's language.
                const auto checklist = records.get<patrolbook::Checklist>(r->checklistId);
                auto items = records.itemsOfInspection(id);
                if (checklist)
                    PatrolRules::sortByChecklist(items, *checklist);
                for (const auto& item : items)
                    addLine(
                        item.id,
                        form::str(form::checklistTitle(checklist ? &*checklist : nullptr, item.itemCode, item.title)),
                        item.result, item.note, item.photoIds);
                extras.position = r->position;
            } else if constexpr (std::is_same_v<T, patrolbook::RenovationCheck>) {
                const auto offset = RecordText::propertyOffset(store, r->propertyId);
                const QString unit = RecordText::unitLabel(store, r->unitId);
                title_ = Vocabulary::label(r->kind) + QStringLiteral(" · ") + unit;
                addField(tr("Unit"), unit);
                addField(tr("Owner"), RecordText::ownerName(store, r->ownerId));
                addField(tr("Kind"), Vocabulary::label(r->kind));
                addField(tr("Inspector"), RecordText::staffName(store, r->inspectorId));
                addField(tr("Started"), when(r->startedAt, offset));
                addField(tr("Finished"), when(r->finishedAt, offset));
                addField(tr("Status"), Vocabulary::label(r->status));
                addField(tr("Contractor"), qstr(r->contractor));
                addField(tr("Permit number"), qstr(r->permitNo));
                addField(tr("Note"), qstr(r->note));
                const auto standard = patrolbook::renovationChecklist(r->kind);
                auto items = records.itemsOfRenovationCheck(id);
                PatrolRules::sortByChecklist(items, standard);
                for (const auto& item : items) {
                    const auto title = form::checklistTitle(&standard, item.itemCode, item.title);
                    addLine(item.id, form::str(title), item.result, item.note, item.photoIds);
                    if (item.rectifyBy)
                        addField(tr("Rectify “%1” by").arg(title), when(item.rectifyBy, offset));
                }
                if (r->signaturePhotoId) {
                    photoUrls({*r->signaturePhotoId});
                    addField(tr("Owner's signature"), tr("Signed"));
                }
                auto link = [&](const QString& label, const std::string& checkId) {
                    const auto what = RecordText::describe(store, "renovation_check", checkId);
                    addField(label, what);
                    links_.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("renovation_check")},
                                              {QStringLiteral("recordId"), qstr(checkId)},
                                              {QStringLiteral("label"), label + QStringLiteral(": ") + what}});
                };
                if (r->rechecksId)
                    link(tr("Re-check of"), *r->rechecksId);
                if (const auto by = patrolbook::DeviceQueries(store.database()).recheckOf(id))
                    link(tr("Re-checked by"), *by);
                extras.position = r->position;
            } else if constexpr (std::is_same_v<T, patrolbook::OwnerVisit>) {
                const auto offset = RecordText::propertyOffset(store, r->propertyId);
                const auto owner = records.get<patrolbook::Owner>(r->ownerId);
                const std::string unitId = r->unitId ? *r->unitId : (owner ? owner->unitId : std::string());
                const QString unit = RecordText::unitLabel(store, unitId);
                title_ = (qstr(owner ? owner->name : std::string()) + QLatin1Char(' ') + unit).trimmed();
                addField(tr("Owner"), owner ? qstr(owner->name) : QString());
                addField(tr("Unit"), unit);
                addField(tr("Phone"), owner ? qstr(owner->phone) : QString());
                addField(tr("Staff"), RecordText::staffName(store, r->staffId));
                addField(tr("Channel"), Vocabulary::label(r->channel));
                addField(tr("Purpose"), Vocabulary::label(r->purpose));
                addField(tr("Status"), Vocabulary::label(r->status));
                addField(tr("Planned"), when(r->plannedAt, offset));
                addField(tr("Visited"), when(r->visitedAt, offset));
                addField(tr("Service"), qstr(r->serviceRef));
                addField(tr("Service completed"), when(r->serviceCompletedAt, offset));
                addField(tr("Visit due by"), when(patrolbook::visitDueAt(*r), offset));
                addField(tr("Outcome"), r->outcome ? Vocabulary::label(*r->outcome) : QString());
                addField(tr("Note"), qstr(r->note));
                addField(tr("Suggestions"), qstr(r->suggestions));
                if (r->durationMin)
                    addField(tr("Duration"), tr("%n minute(s)", nullptr, int(*r->durationMin)));
            } else if constexpr (std::is_same_v<T, patrolbook::FollowUp>) {
                const auto offset = RecordText::propertyOffset(store, r->propertyId);
                title_ = qstr(r->description);
                addField(tr("Problem"), title_);
                if (r->areaId)
                    addField(tr("Area"), RecordText::areaName(store, *r->areaId));
                if (r->unitId)
                    addField(tr("Unit"), RecordText::unitLabel(store, *r->unitId));
                if (r->sourceEntity != patrolbook::FollowUpSource::Manual && r->sourceId)
                    addField(tr("Found in"), RecordText::describe(store, toString(r->sourceEntity), *r->sourceId));
                addField(tr("Assigned to"), r->assigneeId ? RecordText::staffName(store, *r->assigneeId) : QString());
                addField(tr("Due"), when(r->dueAt, offset));
                addField(tr("Status"), Vocabulary::label(r->status));
                addField(tr("Raised by"), RecordText::staffName(store, r->createdBy));
                addField(tr("Raised"), when(r->createdAt, offset));
                addField(tr("Checked by"), r->verifiedBy ? RecordText::staffName(store, *r->verifiedBy) : QString());
                addField(tr("Checked"), when(r->verifiedAt, offset));
                addField(tr("Resolution"), qstr(r->resolution));
            } else {
                found_ = false; // not a record the detail shows
            }
        });
        if (found_) {
            // Photos attached to the record itself (a renovation check's, a visit's).
            auto own = patrolbook::DeviceQueries(store.database()).photosOf(str(kind), id);
            if (kind == QLatin1String("renovation_check"))
                if (const auto r = records.get<patrolbook::RenovationCheck>(id); r && r->signaturePhotoId)
                    std::erase(own, *r->signaturePhotoId); // counted already
            photoUrls(own);
            if (const auto& p = extras.position) {
                position_ = p->accuracyM
                    ? tr("%1, %2 (±%3 m)").arg(p->lat, 0, 'f', 5).arg(p->lon, 0, 'f', 5).arg(*p->accuracyM, 0, 'f', 0)
                    : tr("%1, %2").arg(p->lat, 0, 'f', 5).arg(p->lon, 0, 'f', 5);
            }
            loadSyncState(extras.lineIds);
        }
    } catch (const patrolbook::Error& e) {
        qWarning() << "record detail:" << e.what();
        found_ = false;
    }
    emit changed();
}

void RecordDetail::loadSyncState(const std::vector<std::string>& lineIds)
{
    auto& store = session_->store();
    const std::string id = form::str(id_);
    auto ours = [&](const std::string& recordId) {
        return recordId == id || std::find(lineIds.begin(), lineIds.end(), recordId) != lineIds.end();
    };
    for (const auto& e : store.outbox().rejected())
        if (ours(e.recordId)) {
            syncState_ = Values::SyncState::Rejected;
            syncReason_ = qstr(e.reason.value_or(std::string()));
            return;
        }
    for (const auto& c : patrolbook::sync::DeviceState(store.database()).conflicts())
        if (ours(c.id)) {
            syncState_ = Values::SyncState::Conflict;
            syncReason_ = qstr(c.reason);
            return;
        }
    const std::string entity = str(kind_);
    patrolbook::DeviceQueries queries(store.database());
    bool pending = queries.hasPendingChange(entity, id);
    const std::string lineTable = entity == "inspection" ? "inspection_item" : "renovation_item";
    for (const auto& line : lineIds) {
        if (pending)
            break;
        pending = queries.hasPendingChange(lineTable, line);
    }
    syncState_ = pending ? Values::SyncState::Pending : Values::SyncState::Synced;
}
