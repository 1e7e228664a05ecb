// RenovationForm's re-check (复查): a finished check with failed lines is checked again by
// a new check of the same unit and kind, linked to it (rechecks_id), its lines those of
// the checklist with the failed ones first (load() orders them). The form's lifecycle is
// in renovation_form.cpp.
#include "renovation_form.hpp"

#include "form_support.hpp"
#include "record_text.hpp"
#include "session.hpp"

#include "patrolbook/device_queries.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/renovation_standard.hpp"
#include "patrolbook/sqlite/transaction.hpp"
#include "patrolbook/store.hpp"
#include "patrolbook/uuid.hpp"

using namespace patrolbook;
using form::qstr;
using form::str;

bool RenovationForm::startRecheck()
{
    auto& store = session_->store();
    clearError();
    return form::guarded(
        [&]() -> bool {
            const auto checked = store.records().get<RenovationCheck>(str(checkId_));
            if (!checked)
                throw Error(ErrorDomain::Storage, ErrorCode::NotFound, "no check open");
            if (!canRecheck_)
                throw Error(ErrorDomain::Rule, ErrorCode::Forbidden,
                            "only a finished check with failures is re-checked");
            // One re-check per check: a second tap opens the one started.
            if (const auto existing = DeviceQueries(store.database()).recheckOf(checked->id)) {
                load(qstr(*existing));
                return true;
            }
            RenovationCheck check;
            check.id = newUuid();
            check.propertyId = checked->propertyId;
            check.unitId = checked->unitId;
            check.ownerId = checked->ownerId;
            check.kind = checked->kind;
            check.inspectorId = str(session_->userId());
            check.startedAt = Timestamp::now(std::int32_t(RecordText::propertyOffset(store, checked->propertyId)));
            check.position = form::currentPosition(position());
            check.contractor = checked->contractor;
            check.permitNo = checked->permitNo;
            check.rechecksId = checked->id;
            sqlite::Transaction tx(store.database());
            store.records().insert(check);
            for (const auto& line : renovationChecklist(check.kind).items) {
                RenovationItem item;
                item.id = newUuid();
                item.checkId = check.id;
                item.itemCode = line.code;
                item.title = line.titleZh;
                store.records().insert(item);
            }
            tx.commit();
            session_->notifyRecordsChanged();
            load(qstr(check.id));
            return true;
        },
        [this](const QString& message) { setError(message); });
}
