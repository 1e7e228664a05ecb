#pragma once

#include "form_support.hpp"
#include "photo_preparer.hpp"
#include "record_text.hpp"
#include "session.hpp"
#include "user_scope.hpp"
#include "values.hpp"

#include "patrolbook/loops/loop_flow.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"

#include <QStringList>
#include <QUrl>

#include <optional>
#include <string>

// What RepairActions and ComplaintActions share: they ask the record's LoopFlow (the
// table the server judges by) which steps the signed-in user may take, and take one by
// letting the flow apply it to the stored record, saved at once to sync. Nothing here
// knows a step's rule.
namespace loop_steps {

inline std::optional<patrolbook::StaffRole> role(Session& session)
{
    return qml::toShared<patrolbook::StaffRole>(session.role());
}

template <patrolbook::Record R>
std::optional<R> load(Session& session, const QString& id)
{
    if (id.isEmpty())
        return std::nullopt;
    auto r = session.store().records().get<R>(form::str(id));
    if (!r || r->deleted)
        return std::nullopt;
    return r;
}

// The actions LoopFlow<R> offers this user now, by their wire names ("accept").
template <patrolbook::Record R>
QStringList allowed(Session& session, const QString& id)
{
    QStringList out;
    const auto r = load<R>(session, id);
    const auto who = role(session);
    if (!r || !who)
        return out;
    for (const auto a : patrolbook::LoopFlow<R>::allowed(*r, UserScope::of(session).userIdStd(), *who))
        out.append(form::qstr(a));
    return out;
}

template <patrolbook::Record R>
R loadOrThrow(Session& session, const QString& id)
{
    auto r = load<R>(session, id);
    if (!r)
        throw patrolbook::Error(patrolbook::ErrorDomain::Storage, patrolbook::ErrorCode::NotFound,
                                "the record is no longer on this device");
    return *r;
}

// Takes `action` on the stored record: `prepare` sets the fields the step carries (an
// assignee, a rating ...) first, then the flow checks and applies the step. Throws as
// LoopFlow::apply does; nothing is saved then.
template <patrolbook::Record R, class Prepare>
void take(Session& session, const QString& id, std::string_view action, const QString& note, Prepare&& prepare)
{
    auto& store = session.store();
    auto r = loadOrThrow<R>(session, id);
    const auto who = role(session);
    if (!who)
        throw patrolbook::Error(patrolbook::ErrorDomain::Rule, patrolbook::ErrorCode::Forbidden, "not signed in");
    prepare(r);
    const auto now = patrolbook::Timestamp::now(std::int32_t(RecordText::propertyOffset(store, r.propertyId)));
    store.records().update(patrolbook::LoopFlow<R>::apply(std::move(r), action, UserScope::of(session).userIdStd(),
                                                          *who, now, form::optionalText(note)));
}

// A picture (a camera file, or a signature's PNG data URL) kept as a photo of the record;
// `attach` puts its id on the record, saved with it.
template <patrolbook::Record R, class Attach>
void addPhoto(Session& session, const QString& id, const QUrl& image, const QString& dataUrl, Attach&& attach)
{
    auto& store = session.store();
    auto r = loadOrThrow<R>(session, id);
    PhotoPreparer preparer(session.photoDir());
    const auto entity = std::string{patrolbook::Schema<R>::entity};
    const auto photo
        = dataUrl.isEmpty() ? preparer.prepare(image, entity, r.id) : preparer.prepareDataUrl(dataUrl, entity, r.id);
    attach(r, photo.id);
    patrolbook::sqlite::Transaction tx(store.database());
    store.records().insert(photo);
    store.records().update(r);
    tx.commit();
}

} // namespace loop_steps
