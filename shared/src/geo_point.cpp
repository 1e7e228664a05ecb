#include "patrolbook/geo_point.hpp"

#include <cmath>
#include <numbers>

namespace patrolbook {

double distanceMetres(const GeoPoint& a, const GeoPoint& b)
{
    constexpr double earthRadiusM = 6'371'008.8;
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (b.lat - a.lat) * rad;
    const double dLon = (b.lon - a.lon) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace patrolbook
