#pragma once

#include "patrolbook/enum_names.hpp"
#include "patrolbook/enums.hpp"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <string_view>

// The stored values as QML sees them: each enum here mirrors one of shared/
// (patrolbook/enums.hpp) value for value, so a model hands QML the shared value as a
// number and a screen compares `line.result === Values.ItemResult.Fail`, never a wire name
// ("fail") it could misspell. Unset (-1) is "not chosen yet" or a value this build does
// not know. SyncState is the app's own: where a record stands with the server.
//
// Each value is initialised from the shared one, and PATROLBOOK_MIRROR checks that the
// last is the shared enum's last: a value added to shared/ without its mirror does not
// compile. Scoped in QML (Values.VisitStatus.Done) because several enums share a name.
class Values : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Values only names the stored values.")
    Q_CLASSINFO("RegisterEnumClassesUnscoped", "false")

public:
    enum class AreaType {
        Unset = -1,
        Lobby = int(patrolbook::AreaType::Lobby),
        CarPark = int(patrolbook::AreaType::CarPark),
        Stairwell = int(patrolbook::AreaType::Stairwell),
        Garden = int(patrolbook::AreaType::Garden),
        SalesHall = int(patrolbook::AreaType::SalesHall),
        Corridor = int(patrolbook::AreaType::Corridor),
        Lift = int(patrolbook::AreaType::Lift),
        Entrance = int(patrolbook::AreaType::Entrance),
        Playground = int(patrolbook::AreaType::Playground),
        Clubhouse = int(patrolbook::AreaType::Clubhouse),
        EquipmentRoom = int(patrolbook::AreaType::EquipmentRoom),
        Perimeter = int(patrolbook::AreaType::Perimeter),
    };
    Q_ENUM(AreaType)

    enum class StaffRole {
        Unset = -1,
        Patrol = int(patrolbook::StaffRole::Patrol),
        Specialist = int(patrolbook::StaffRole::Specialist),
        Manager = int(patrolbook::StaffRole::Manager),
        Office = int(patrolbook::StaffRole::Office),
        Admin = int(patrolbook::StaffRole::Admin),
    };
    Q_ENUM(StaffRole)

    enum class ContactChannel {
        Unset = -1,
        Phone = int(patrolbook::ContactChannel::Phone),
        Email = int(patrolbook::ContactChannel::Email),
        Sms = int(patrolbook::ContactChannel::Sms),
        InPerson = int(patrolbook::ContactChannel::InPerson),
    };
    Q_ENUM(ContactChannel)

    enum class ItemResult {
        Unset = -1,
        Pass = int(patrolbook::ItemResult::Pass),
        Fail = int(patrolbook::ItemResult::Fail),
        NotApplicable = int(patrolbook::ItemResult::NotApplicable),
    };
    Q_ENUM(ItemResult)

    enum class RecordStatus {
        Unset = -1,
        Draft = int(patrolbook::RecordStatus::Draft),
        Finished = int(patrolbook::RecordStatus::Finished),
    };
    Q_ENUM(RecordStatus)

    enum class RenovationKind {
        Unset = -1,
        Patrol = int(patrolbook::RenovationKind::Patrol),
        Acceptance = int(patrolbook::RenovationKind::Acceptance),
    };
    Q_ENUM(RenovationKind)

    enum class VisitPurpose {
        Unset = -1,
        AfterRepair = int(patrolbook::VisitPurpose::AfterRepair),
        AfterComplaint = int(patrolbook::VisitPurpose::AfterComplaint),
        Satisfaction = int(patrolbook::VisitPurpose::Satisfaction),
        Holiday = int(patrolbook::VisitPurpose::Holiday),
        Renewal = int(patrolbook::VisitPurpose::Renewal),
        NewOwner = int(patrolbook::VisitPurpose::NewOwner),
    };
    Q_ENUM(VisitPurpose)

    enum class VisitStatus {
        Unset = -1,
        Planned = int(patrolbook::VisitStatus::Planned),
        Done = int(patrolbook::VisitStatus::Done),
        Unreachable = int(patrolbook::VisitStatus::Unreachable),
        Cancelled = int(patrolbook::VisitStatus::Cancelled),
    };
    Q_ENUM(VisitStatus)

    enum class VisitOutcome {
        Unset = -1,
        Satisfied = int(patrolbook::VisitOutcome::Satisfied),
        Average = int(patrolbook::VisitOutcome::Average),
        Unsatisfied = int(patrolbook::VisitOutcome::Unsatisfied),
    };
    Q_ENUM(VisitOutcome)

    // Where a record stands with the server (the app's own, not stored).
    enum class SyncState {
        Synced,
        Pending, // a change waits in the outbox
        Rejected, // the server refused a change
        Conflict, // the server merged, and a field of ours lost
    };
    Q_ENUM(SyncState)

    using QObject::QObject;
};

// The mirror of a shared enum, and the conversions both ways.
template <class E>
struct QmlMirror;

#define PATROLBOOK_MIRROR(E, Last)                                                                                     \
    template <>                                                                                                        \
    struct QmlMirror<patrolbook::E> {                                                                                  \
        using type = Values::E;                                                                                        \
    };                                                                                                                 \
    static_assert(std::size_t(Values::E::Last) + 1 == patrolbook::EnumNames<patrolbook::E>::names.size(),              \
                  "Values::" #E " must mirror every value of patrolbook::" #E)

PATROLBOOK_MIRROR(AreaType, Perimeter);
PATROLBOOK_MIRROR(StaffRole, Admin);
PATROLBOOK_MIRROR(ContactChannel, InPerson);
PATROLBOOK_MIRROR(ItemResult, NotApplicable);
PATROLBOOK_MIRROR(RecordStatus, Finished);
PATROLBOOK_MIRROR(RenovationKind, Acceptance);
PATROLBOOK_MIRROR(VisitPurpose, NewOwner);
PATROLBOOK_MIRROR(VisitStatus, Cancelled);
PATROLBOOK_MIRROR(VisitOutcome, Unsatisfied);

#undef PATROLBOOK_MIRROR

namespace qml {

template <class E>
using Mirror = typename QmlMirror<E>::type;

template <class E>
Mirror<E> value(E v)
{
    return static_cast<Mirror<E>>(static_cast<int>(v));
}

template <class E>
Mirror<E> value(std::optional<E> v)
{
    return v ? value(*v) : Mirror<E>::Unset;
}

// A wire name ("fail") as QML's value; Unset when it is none of E's.
template <class E>
Mirror<E> fromWire(std::string_view wire)
{
    return value(patrolbook::enumFromString<E>(wire));
}

// QML's value back as the shared enum; nullopt for Unset or a number out of range.
template <class E>
std::optional<E> toShared(Mirror<E> v)
{
    const auto i = static_cast<int>(v);
    if (i < 0 || std::size_t(i) >= patrolbook::EnumNames<E>::names.size())
        return std::nullopt;
    return static_cast<E>(i);
}

// An answer QML sets: Unset clears it; false for a number that is no value of E.
template <class E>
bool isChoice(Mirror<E> v)
{
    return v == Mirror<E>::Unset || toShared<E>(v).has_value();
}

} // namespace qml
