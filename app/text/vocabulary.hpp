#pragma once

#include "form_support.hpp"

#include "patrolbook/enum_names.hpp"
#include "patrolbook/enums.hpp"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <string_view>

// The words for every value the store keeps, in the user's language, said once for the
// whole app: one table per enum of shared/ (patrolbook/enums.hpp), each a switch over the
// enum so that a value added without its words does not compile. C++ (RecordText, the
// models) asks by enum value; QML asks by the wire name a model gives it ("car_park",
// "after_repair") through the singleton. An unknown value is shown as it is, never
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
    // Where a record stands with the server: "synced", "pending", "rejected", "conflict".
    static QString syncStateLabel(std::string_view state);

    // For QML, by wire name.
    Q_INVOKABLE QString areaType(const QString& v) const;
    // A checklist category, or "renovation" for a renovation check's lines.
    Q_INVOKABLE QString category(const QString& v) const;
    // "" reads "Not answered".
    Q_INVOKABLE QString result(const QString& v) const;
    Q_INVOKABLE QString channel(const QString& v) const;
    Q_INVOKABLE QString purpose(const QString& v) const;
    // "" reads "No outcome yet".
    Q_INVOKABLE QString outcome(const QString& v) const;
    Q_INVOKABLE QString status(const QString& v) const;
    Q_INVOKABLE QString recordKind(const QString& v) const;
    Q_INVOKABLE QString renovationKind(const QString& v) const;
    Q_INVOKABLE QString syncState(const QString& v) const;
    Q_INVOKABLE QString role(const QString& v) const;
};
