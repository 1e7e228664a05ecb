#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/geo_point.hpp"
#include "patrolbook/record_base.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

// 业主: the owner of a unit, with how and when they like to be contacted.
struct Owner : RecordBase {
    std::string propertyId;
    std::string unitId;
    std::string name;
    std::optional<Gender> gender;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    // Member owners (会员) must all get their return visits.
    bool member = false;
    std::optional<std::string> memberCardNo;
    std::vector<ContactChannel> channels;
    // Convenient contact windows the owner gave, local time "HH:MM-HH:MM".
    std::vector<std::string> preferredHours;
    std::optional<std::string> carPlate;
    std::optional<std::string> preferences;
    std::optional<std::string> assignedStaffId;
    // Newly assigned owners are to be contacted within a week of this.
    std::optional<Timestamp> assignedAt;

    friend bool operator==(const Owner&, const Owner&) = default;
};

template <>
struct Schema<Owner> {
    static constexpr std::string_view entity = "owner";
    static constexpr auto fields = std::make_tuple(
        field("property_id", &Owner::propertyId, Required | IdRef), field("unit_id", &Owner::unitId, Required | IdRef),
        field("name", &Owner::name, Required), field("gender", &Owner::gender), field("phone", &Owner::phone),
        field("email", &Owner::email), field("member", &Owner::member), field("member_card_no", &Owner::memberCardNo),
        field("channels", &Owner::channels), field("preferred_hours", &Owner::preferredHours),
        field("car_plate", &Owner::carPlate), field("preferences", &Owner::preferences),
        field("assigned_staff_id", &Owner::assignedStaffId, IdRef), field("assigned_at", &Owner::assignedAt));
};

// What the administration keeps of an owner beyond the schema (docs/admin-api.md): job
// title, every car plate, move-in date ("YYYY-MM-DD"), notes. They travel in `extra`,
// which devices keep verbatim, so no device table needs a migration; validate(Owner)
// checks them.
inline constexpr std::array<std::string_view, 4> ownerExtraFields{"title", "car_plates", "move_in_date", "notes"};

} // namespace patrolbook
