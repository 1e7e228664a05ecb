#include "storage/photo_repo.hpp"

#include "patrolbook/sqlite/database.hpp"
#include "patrolbook/sqlite/statement.hpp"

namespace patrolbook::server {

namespace {

// A live photo record naming the upload's bytes, made by its uploader: the claim. The
// expression and the entity test are those of the index record_photo_sha; the unary +
// takes the column's TEXT affinity off the comparison, which otherwise keeps SQLite from
// searching that index (it scanned every photo record per upload). Records made before
// uploads had owners name no account; their bytes were recorded as account ''.
constexpr const char* claimedBy = "EXISTS (SELECT 1 FROM record r WHERE r.entity = 'photo' AND "
                                  "json_extract(r.fields, '$.sha256') = +u.sha256 AND r.deleted = 0 AND "
                                  "coalesce(r.created_account, '') = u.account_id)";

} // namespace

PhotoRepo::PhotoRepo(sqlite::Database& db)
    : db_(db)
{
}

void PhotoRepo::addUpload(const std::string& sha, const std::string& accountId, std::int64_t bytes, std::int64_t atMs)
{
    // Uploaded again after it expired: a fresh upload.
    auto st = db_.cachedLiteral("INSERT INTO photo_upload (sha256, account_id, bytes, uploaded_at) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT (sha256, account_id) DO UPDATE SET uploaded_at = excluded.uploaded_at");
    st.bindRef(1, sha).bindRef(2, accountId).bind(3, bytes).bind(4, atMs);
    st.run();
}

bool PhotoRepo::visible(const std::string& sha, const std::string& accountId, const std::string& propertyIdsJson)
{
    auto st = db_.cachedLiteral(
        "SELECT EXISTS (SELECT 1 FROM photo_upload WHERE sha256 = ?1 AND account_id = ?2) OR EXISTS ("
        "SELECT 1 FROM record r JOIN photo_upload u ON u.sha256 = ?1 AND u.account_id = coalesce(r.created_account, "
        "'') "
        "WHERE r.entity = 'photo' AND json_extract(r.fields, '$.sha256') = ?1 AND r.deleted = 0 AND "
        "r.property_id IN (SELECT value FROM json_each(?3)))");
    st.bindRef(1, sha).bindRef(2, accountId).bindRef(3, propertyIdsJson);
    st.step();
    const bool out = st.getInt64(0) != 0;
    return out;
}

std::int64_t PhotoRepo::unclaimedBytes(const std::string& accountId)
{
    static const std::string sql
        = std::string{"SELECT coalesce(sum(u.bytes), 0) FROM photo_upload u WHERE u.account_id = ? AND NOT "}
        + claimedBy;
    auto st = db_.cachedStatic(sql);
    st.bindRef(1, accountId);
    st.step();
    const auto out = st.getInt64(0);
    return out;
}

std::vector<PhotoRepo::Upload> PhotoRepo::unclaimedBefore(std::int64_t beforeMs)
{
    static const std::string sql
        = std::string{"SELECT u.sha256, u.account_id, u.bytes FROM photo_upload u WHERE u.uploaded_at < ? AND NOT "}
        + claimedBy;
    auto st = db_.cachedStatic(sql);
    st.bind(1, beforeMs);
    std::vector<Upload> out;
    while (st.step())
        out.push_back({st.getString(0), st.getString(1), st.getInt64(2)});
    return out;
}

void PhotoRepo::removeUpload(const std::string& sha, const std::string& accountId)
{
    auto st = db_.cachedLiteral("DELETE FROM photo_upload WHERE sha256 = ? AND account_id = ?");
    st.bindRef(1, sha).bindRef(2, accountId);
    st.run();
}

bool PhotoRepo::anyUpload(const std::string& sha)
{
    auto st = db_.cachedLiteral("SELECT 1 FROM photo_upload WHERE sha256 = ? LIMIT 1");
    st.bindRef(1, sha);
    const bool out = st.step();
    return out;
}

} // namespace patrolbook::server
