#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace patrolbook::server {

// Counters for GET /metrics, in Prometheus text format.
class Metrics {
public:
    void request(const std::string& method, const std::string& route, int status, double seconds);
    void change(const std::string& status, std::int64_t count = 1);
    void conflicts(std::int64_t count);
    std::string render() const;

private:
    static constexpr std::array<double, 10> buckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5};
    struct Latency {
        std::array<std::int64_t, buckets.size()> counts{};
        std::int64_t count = 0;
        double sum = 0;
    };
    mutable std::mutex mutex_;
    std::map<std::string, std::int64_t> requests_; // "method|route|status"
    std::map<std::string, Latency> latency_; // by route
    std::map<std::string, std::int64_t> changes_; // by result status
    std::int64_t conflicts_ = 0;
};

} // namespace patrolbook::server
