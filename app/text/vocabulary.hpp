#pragma once

#include "form_support.hpp"
#include "values.hpp"

#include "patrolbook/enum_names.hpp"
#include "patrolbook/enums.hpp"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <string_view>

// The words for every value the store keeps, in the user's language, said once for the
// whole app: one table per enum of shared/ (patrolbook/enums.hpp), each a switch over the
// enum so that a value added without its words does not compile. C++ (RecordText, the
// models) asks by enum value; QML asks through the singleton by the Values enum a model
// gives it (Vocabulary.result(line.result)). An unknown value is shown as it is, never
// hidden. Record times are RecordText's (on the property's clock).
class Vocabulary : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Vocabulary(QObject* parent = nullptr);

    static QString label(patrolbook::AreaType v);
    static QString label(patrolbook::ChecklistCategory v);
    static QString label(patrolbook::StaffRole v);
    static QString label(patrolbook::Gender v);
    static QString label(patrolbook::ContactChannel v);
    static QString label(patrolbook::ItemResult v);
    static QString label(patrolbook::RecordStatus v);
    static QString label(patrolbook::RenovationKind v);
    static QString label(patrolbook::VisitPurpose v);
    static QString label(patrolbook::VisitStatus v);
    static QString label(patrolbook::VisitOutcome v);
    static QString label(patrolbook::ServiceKind v);
    static QString label(patrolbook::FollowUpStatus v);
    static QString label(patrolbook::FollowUpSource v);
    static QString label(patrolbook::PropertyKind v);
    static QString label(patrolbook::VisitRule v);
    static QString label(patrolbook::RepairStatus v);
    static QString label(patrolbook::RepairCategory v);
    static QString label(patrolbook::Urgency v);
    static QString label(patrolbook::ComplaintStatus v);
    static QString label(patrolbook::ComplaintSeverity v);
    static QString label(patrolbook::ComplaintJudgement v);
    static QString label(patrolbook::OwnerConsent v);
    static QString label(patrolbook::HandoverStatus v);
    static QString label(patrolbook::Shift v);
    // A loop's step by its action name ("dispatch" -> "Dispatch").
    static QString stepLabel(std::string_view entity, std::string_view action);
    // Where a record stands with the server.
    static QString label(Values::SyncState v);

    // The label of a wire name of enum E, or the name itself when it is not one.
    template <patrolbook::NamedEnum E>
    static QString labelOf(std::string_view wire)
    {
        if (const auto v = patrolbook::enumFromString<E>(wire))
            return label(*v);
        return form::qstr(wire);
    }

    // A status of any record type: RecordStatus, VisitStatus or FollowUpStatus, and the
    // records list's "unresolved" (follow-ups open or being fixed).
    static QString statusLabel(std::string_view wire);
    // A record type by its entity name ("inspection" -> "Area patrol").
    static QString entityLabel(std::string_view entity);

    // For QML, by the values the models hand it; Unset reads "" unless said otherwise.
    Q_INVOKABLE QString areaType(Values::AreaType v) const;
    // Unset reads "Not answered".
    Q_INVOKABLE QString result(Values::ItemResult v) const;
    Q_INVOKABLE QString channel(Values::ContactChannel v) const;
    Q_INVOKABLE QString purpose(Values::VisitPurpose v) const;
    // Unset reads "No outcome yet".
    Q_INVOKABLE QString outcome(Values::VisitOutcome v) const;
    Q_INVOKABLE QString visitStatus(Values::VisitStatus v) const;
    Q_INVOKABLE QString renovationKind(Values::RenovationKind v) const;
    Q_INVOKABLE QString role(Values::StaffRole v) const;
    Q_INVOKABLE QString syncState(Values::SyncState v) const;
    // The purposes of a visit to choose from, [{value (Values::VisitPurpose), text}].
    Q_INVOKABLE QVariantList purposes() const;
    // A record type by its entity name, as the records list and detail name them.
    Q_INVOKABLE QString recordKind(const QString& entity) const;
};
