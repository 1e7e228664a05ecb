#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>

namespace patrolbook::server {

// Photos as files named by their SHA-256 under <data>/photos. An upload grows
// <sha>.part until it has `total` bytes; then the hash is checked and the file renamed
// into place (or discarded). Every write is flushed to disk before it is acknowledged.
class PhotoStore {
public:
    static constexpr std::int64_t maxBytes = 20 * 1024 * 1024;

    explicit PhotoStore(std::filesystem::path dir);

    enum class AppendResult { Partial, Complete, Mismatch, WrongOffset, TooLarge };
    struct Progress {
        AppendResult result;
        std::int64_t offset; // bytes held after the call
    };

    static bool isSha256(const std::string& text);
    bool complete(const std::string& sha) const;
    std::int64_t completeSize(const std::string& sha) const;
    // Bytes of an unfinished upload (0 if none).
    std::int64_t partialSize(const std::string& sha) const;
    Progress append(const std::string& sha, std::int64_t start, std::int64_t total, const std::string& bytes);
    std::optional<std::string> read(const std::string& sha) const;

private:
    std::filesystem::path finalPath(const std::string& sha) const { return dir_ / sha; }
    std::filesystem::path partPath(const std::string& sha) const { return dir_ / (sha + ".part"); }
    std::filesystem::path dir_;
    std::mutex mutex_;
};

} // namespace patrolbook::server
