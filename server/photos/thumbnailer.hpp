#pragma once

#include <array>
#include <filesystem>
#include <mutex>
#include <string>

namespace patrolbook::server {

// Small JPEGs of stored photos for the console's lists (docs/console-api.md, "Photos"):
// at most `longEdge` pixels on the long side, made once with libjpeg-turbo's TurboJPEG
// API (decoded at the nearest scale of 1/2, 1/4 or 1/8 above the size, so a 12 MP photo
// is never decoded whole, then averaged down to the size) and kept as files named by the
// photo's SHA-256. A photo never changes, so a thumbnail is never stale; one removed with
// its photo by gc is left (a few KB) and never served, as the photo's check comes first.
class Thumbnailer {
public:
    static constexpr int longEdge = 320;
    static constexpr int quality = 80;

    explicit Thumbnailer(std::filesystem::path dir);

    // The thumbnail of `sha`, made from `original()` (the photo's bytes) the first time.
    // Requests for the same photo wait for the one making it; different photos are made
    // side by side. Throws ApiError 422 when the photo is not a JPEG libjpeg can read.
    template <typename Original>
    std::string get(const std::string& sha, Original&& original)
    {
        if (auto cached = read(sha); !cached.empty())
            return cached;
        const std::lock_guard lock(stripes_[stripe(sha)]);
        if (auto cached = read(sha); !cached.empty())
            return cached; // made meanwhile by the request we waited for
        auto made = make(original());
        store(sha, made);
        return made;
    }

    // The JPEG scaled to fit `longEdge`; public for its tests and the benchmark.
    static std::string make(const std::string& jpeg);

private:
    static std::size_t stripe(const std::string& sha);
    std::string read(const std::string& sha) const;
    void store(const std::string& sha, const std::string& bytes) const;

    std::filesystem::path dir_;
    std::array<std::mutex, 16> stripes_;
};

} // namespace patrolbook::server
