#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace patrolbook::sqlite {
class Database;
}

namespace patrolbook::server {

// Who uploaded which photo bytes (table photo_upload). An upload is its uploader's until
// a photo record they made names it (it is then claimed: the record's property sees the
// bytes); unclaimed uploads count against the uploader's quota and expire. Callers hold
// the transaction where they write.
class PhotoRepo {
public:
    explicit PhotoRepo(sqlite::Database& db);

    void addUpload(const std::string& sha, const std::string& accountId, std::int64_t bytes, std::int64_t atMs);
    // The account's own upload of these bytes, or a live photo record in one of its
    // properties made by an account that uploaded them.
    bool visible(const std::string& sha, const std::string& accountId, const std::string& propertyIdsJson);
    // Bytes the account uploaded that no live photo record of theirs names.
    std::int64_t unclaimedBytes(const std::string& accountId);
    struct Upload {
        std::string sha;
        std::string accountId;
        std::int64_t bytes = 0;
    };
    // Unclaimed uploads made before `beforeMs`.
    std::vector<Upload> unclaimedBefore(std::int64_t beforeMs);
    void removeUpload(const std::string& sha, const std::string& accountId);
    // Whether anyone's upload of these bytes is recorded.
    bool anyUpload(const std::string& sha);

private:
    sqlite::Database& db_;
};

} // namespace patrolbook::server
