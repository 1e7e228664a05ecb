#include "vocabulary.hpp"

#include "form_support.hpp"

// What QML asks: by the Values enums the models and forms hand it.

namespace {

// The label of a value QML holds, or `unset` for Unset (or a number from a newer build).
template <class E>
QString labelOr(qml::Mirror<E> v, const QString& unset = {})
{
    const auto shared = qml::toShared<E>(v);
    return shared ? Vocabulary::label(*shared) : unset;
}

} // namespace

QString Vocabulary::areaType(Values::AreaType v) const
{
    return labelOr<patrolbook::AreaType>(v);
}

QString Vocabulary::result(Values::ItemResult v) const
{
    return labelOr<patrolbook::ItemResult>(v, tr("Not answered"));
}

QString Vocabulary::channel(Values::ContactChannel v) const
{
    return labelOr<patrolbook::ContactChannel>(v);
}

QString Vocabulary::purpose(Values::VisitPurpose v) const
{
    return labelOr<patrolbook::VisitPurpose>(v);
}

QString Vocabulary::outcome(Values::VisitOutcome v) const
{
    return labelOr<patrolbook::VisitOutcome>(v, tr("No outcome yet"));
}

QString Vocabulary::visitStatus(Values::VisitStatus v) const
{
    return labelOr<patrolbook::VisitStatus>(v);
}

QString Vocabulary::renovationKind(Values::RenovationKind v) const
{
    return labelOr<patrolbook::RenovationKind>(v);
}

QString Vocabulary::role(Values::StaffRole v) const
{
    return labelOr<patrolbook::StaffRole>(v);
}

QString Vocabulary::syncState(Values::SyncState v) const
{
    return label(v);
}

QString Vocabulary::recordKind(const QString& entity) const
{
    return entityLabel(form::str(entity));
}

QVariantList Vocabulary::purposes() const
{
    QVariantList out;
    for (std::size_t i = 0; i < patrolbook::EnumNames<patrolbook::VisitPurpose>::names.size(); ++i) {
        const auto v = static_cast<patrolbook::VisitPurpose>(i);
        out.push_back(QVariantMap{{"value", int(qml::value(v))}, {"text", label(v)}});
    }
    return out;
}
