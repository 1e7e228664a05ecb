// PatrolForm's writes to one checklist line: its answer (and the follow-up a failed one
// carries), its note, its photos, its follow-up. The form's lifecycle (start, save on the
// first write, finish, discard) is in patrol_form.cpp.
#include "patrol_form.hpp"

#include "form_support.hpp"
#include "photo_preparer.hpp"
#include "session.hpp"

#include "patrolbook/error.hpp"
#include "patrolbook/patrol_rules.hpp"
#include "patrolbook/store.hpp"

using namespace patrolbook;
using form::str;

bool PatrolForm::setResult(int row, Values::ItemResult result)
{
    if (!items_.contains(row) || !qml::isChoice<ItemResult>(result))
        return false;
    const auto userId = str(session_->userId());
    const bool ok = write([&](Store& store) {
        auto line = item(row);
        line.result = qml::toShared<ItemResult>(result);
        line.answeredAt = line.result ? std::optional(Timestamp::now(offsetMin_)) : std::nullopt;
        const auto existing = PatrolRules::followUpOf(store, line.id);
        // The answer and its follow-up are one save: a failed line never lacks its follow-up.
        store.records().update(line);
        if (line.result == ItemResult::Fail && !existing) {
            const auto inspection = store.records().get<Inspection>(line.inspectionId);
            if (!inspection)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such inspection");
            store.records().insert(PatrolRules::followUpFor(line, *inspection, userId, offsetMin_));
        } else if (line.result != ItemResult::Fail && existing && existing->version == 0) {
            // Answered "fail" by mistake: the follow-up never left the phone, so it goes.
            // One the server has stays: only a manager closes or deletes it.
            store.records().remove<FollowUp>(existing->id);
        }
    });
    if (ok)
        refreshRow(row);
    return ok;
}

bool PatrolForm::setItemNote(int row, const QString& note)
{
    if (!items_.contains(row))
        return false;
    const bool ok = write([&](Store& store) {
        auto line = item(row);
        const auto before = PatrolRules::faultText(line);
        line.note = form::optionalText(note);
        store.records().update(line);
        // The follow-up says what the officer saw, until someone words it otherwise.
        if (auto fu = PatrolRules::followUpOf(store, line.id); fu && fu->description == before) {
            fu->description = PatrolRules::faultText(line);
            store.records().update(*fu);
        }
    });
    if (ok)
        refreshRow(row);
    return ok;
}

bool PatrolForm::addPhoto(int row, const QUrl& image)
{
    if (!items_.contains(row))
        return false;
    const bool ok = write([&](Store& store) {
        auto line = item(row);
        auto photo = PhotoPreparer(session_->photoDir()).prepare(image, "inspection_item", line.id);
        photo.position = form::currentPosition(position());
        line.photoIds.push_back(photo.id);
        store.records().insert(photo);
        store.records().update(line);
    });
    if (ok)
        refreshRow(row);
    return ok;
}

bool PatrolForm::setFollowUp(int row, const QString& description, const QString& assigneeId, const QString& dueDate)
{
    if (!items_.contains(row) || items_.row(row).followUpId.isEmpty())
        return false;
    const bool ok = write([&](Store& store) {
        if (description.trimmed().isEmpty())
            throw Error(ErrorDomain::Validation, ErrorCode::Required, "description", "description");
        const auto due = form::endOfDay(dueDate, offsetMin_);
        if (!dueDate.trimmed().isEmpty() && !due)
            throw Error(ErrorDomain::Validation, ErrorCode::InvalidValue, "due date", "due_at");
        auto fu = store.records().get<FollowUp>(str(items_.row(row).followUpId));
        if (!fu)
            throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no such follow-up");
        fu->description = str(description.trimmed());
        fu->assigneeId = form::optionalText(assigneeId);
        fu->dueAt = due;
        store.records().update(*fu);
    });
    if (ok)
        refreshRow(row);
    return ok;
}
