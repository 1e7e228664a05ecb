#pragma once

#include "patrolbook/enums.hpp"
#include "patrolbook/geo_point.hpp"
#include "patrolbook/record_base.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/timestamp.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patrolbook {

// A photo's metadata; the bytes are a file named by their SHA-256, so the same photo is
// stored and uploaded once whatever refers to it.
struct Photo : RecordBase {
    std::string sha256;
    std::int64_t sizeBytes = 0;
    std::int64_t width = 0;
    std::int64_t height = 0;
    std::string mimeType = "image/jpeg";
    Timestamp takenAt;
    std::optional<GeoPoint> position;
    // The record it illustrates, e.g. ("inspection_item", id).
    std::string recordEntity;
    std::string recordId;

    friend bool operator==(const Photo&, const Photo&) = default;
};

template <>
struct Schema<Photo> {
    static constexpr std::string_view entity = "photo";
    static constexpr auto fields = std::make_tuple(
        field("sha256", &Photo::sha256, Required), field("size_bytes", &Photo::sizeBytes),
        field("width", &Photo::width), field("height", &Photo::height), field("mime_type", &Photo::mimeType, Required),
        field("taken_at", &Photo::takenAt), field("position", &Photo::position),
        field("record_entity", &Photo::recordEntity, Required), field("record_id", &Photo::recordId, Required | IdRef));
};

} // namespace patrolbook
