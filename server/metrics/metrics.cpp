#include "metrics/metrics.hpp"

#include <sstream>

namespace patrolbook::server {

namespace {

// Labels come from a fixed set: a client inventing methods must not grow the metrics
// (each label value is a series kept for the life of the process).
std::string methodLabel(const std::string& method)
{
    for (const char* known : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
        if (method == known)
            return method;
    return "OTHER";
}

} // namespace

void Metrics::request(const std::string& method, const std::string& route, int status, double seconds)
{
    std::lock_guard lock(mutex_);
    ++requests_[methodLabel(method) + "|" + route + "|" + std::to_string(status)];
    auto& l = latency_[route];
    for (std::size_t i = 0; i < buckets.size(); ++i)
        if (seconds <= buckets[i])
            ++l.counts[i];
    ++l.count;
    l.sum += seconds;
}

void Metrics::change(const std::string& status, std::int64_t count)
{
    std::lock_guard lock(mutex_);
    changes_[status] += count;
}

void Metrics::conflicts(std::int64_t count)
{
    std::lock_guard lock(mutex_);
    conflicts_ += count;
}

std::string Metrics::render() const
{
    std::lock_guard lock(mutex_);
    std::ostringstream out;
    out << "# HELP patrolbook_requests_total HTTP requests by method, route and status.\n"
           "# TYPE patrolbook_requests_total counter\n";
    for (const auto& [key, n] : requests_) {
        const auto a = key.find('|'), b = key.rfind('|');
        out << "patrolbook_requests_total{method=\"" << key.substr(0, a) << "\",route=\""
            << key.substr(a + 1, b - a - 1) << "\",status=\"" << key.substr(b + 1) << "\"} " << n << "\n";
    }
    out << "# HELP patrolbook_request_seconds Request latency by route.\n"
           "# TYPE patrolbook_request_seconds histogram\n";
    for (const auto& [route, l] : latency_) {
        for (std::size_t i = 0; i < buckets.size(); ++i)
            out << "patrolbook_request_seconds_bucket{route=\"" << route << "\",le=\"" << buckets[i] << "\"} "
                << l.counts[i] << "\n";
        out << "patrolbook_request_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} " << l.count << "\n";
        out << "patrolbook_request_seconds_sum{route=\"" << route << "\"} " << l.sum << "\n";
        out << "patrolbook_request_seconds_count{route=\"" << route << "\"} " << l.count << "\n";
    }
    out << "# HELP patrolbook_changes_total Pushed changes by result.\n"
           "# TYPE patrolbook_changes_total counter\n";
    for (const auto& [status, n] : changes_)
        out << "patrolbook_changes_total{status=\"" << status << "\"} " << n << "\n";
    out << "# HELP patrolbook_conflict_fields_total Fields overwritten by a concurrent change, kept for review.\n"
           "# TYPE patrolbook_conflict_fields_total counter\n"
        << "patrolbook_conflict_fields_total " << conflicts_ << "\n";
    return out.str();
}

} // namespace patrolbook::server
