#pragma once

#include <optional>

namespace patrolbook {

// A WGS84 position as a phone reports it. accuracy is the horizontal radius in metres
// (68% confidence, as Android and Qt Positioning give it); absent when unknown.
struct GeoPoint {
    double lat = 0;
    double lon = 0;
    std::optional<double> accuracyM;

    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

// Great-circle distance in metres.
double distanceMetres(const GeoPoint& a, const GeoPoint& b);

} // namespace patrolbook
