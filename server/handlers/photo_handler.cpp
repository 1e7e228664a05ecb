#include "handlers/photo_handler.hpp"

#include "api/api_error.hpp"
#include "auth/auth_service.hpp"
#include "handlers/content_range.hpp"
#include "photos/photo_service.hpp"

#include <cstdint>

namespace patrolbook::server {

namespace {

std::string shaOf(const PathParams& params)
{
    const auto& sha = params.at("sha256");
    if (!PhotoStore::isSha256(sha))
        throw ApiError::badRequest("a photo is named by its SHA-256: 64 lowercase hex digits");
    return sha;
}

Response withOffset(Response r, std::int64_t offset)
{
    r.headers["Upload-Offset"] = std::to_string(offset);
    return r;
}

} // namespace

PhotoHandler::PhotoHandler(AuthService& auth, PhotoService& photos)
    : auth_(auth)
    , photos_(photos)
{
}

Response PhotoHandler::head(const Request& request, const PathParams& params)
{
    const auto who = auth_.authenticate(request);
    const auto sha = shaOf(params);
    // A photo the caller may not see answers exactly as one that does not exist, with the
    // caller's own unfinished upload: no one learns which photos the server holds.
    const auto status = photos_.status(who, sha);
    Response r;
    r.status = status.complete ? 200 : 404;
    r.contentType = "image/jpeg";
    return withOffset(r, status.offset);
}

Response PhotoHandler::put(const Request& request, const PathParams& params)
{
    const auto who = auth_.authenticate(request);
    const auto sha = shaOf(params);
    const auto range = uploadRange(request.header("content-range"), static_cast<std::int64_t>(request.body.size()));
    if (!range)
        throw ApiError::badRequest("Content-Range must be 'bytes <start>-<end>/<total>' matching the body");
    if (range->total <= 0)
        throw ApiError::badRequest("a photo has at least one byte");
    const auto progress = photos_.append(who, sha, range->start, range->total, request.body);
    switch (progress.result) {
    case PhotoStore::AppendResult::Complete:
        return withOffset(Response::json(R"({"status":"stored"})", 201), progress.offset);
    case PhotoStore::AppendResult::Partial:
        return withOffset(
            Response::json(R"({"status":"partial","offset":)" + std::to_string(progress.offset) + "}", 202),
            progress.offset);
    case PhotoStore::AppendResult::WrongOffset: {
        ApiError e(409, "Wrong offset",
                   "the server holds " + std::to_string(progress.offset) + " bytes of this photo; continue from there",
                   {{"Upload-Offset", std::to_string(progress.offset)}});
        throw e;
    }
    case PhotoStore::AppendResult::TooLarge:
        throw ApiError::tooLarge("a photo may have at most " + std::to_string(PhotoStore::maxBytes / 1024 / 1024)
                                 + " MiB, and no more bytes than its declared size");
    case PhotoStore::AppendResult::Mismatch:
        throw ApiError::unprocessable("the uploaded bytes do not match the photo's SHA-256; upload it again");
    }
    throw ApiError::badRequest("unexpected upload state");
}

Response PhotoHandler::get(const Request& request, const PathParams& params)
{
    const auto who = auth_.authenticate(request);
    const auto sha = shaOf(params);
    // Bytes go only to their uploader, and to those who can see a photo record its
    // uploader made naming them (docs/security.md).
    auto bytes = photos_.read(who, sha);
    if (!bytes)
        throw ApiError::notFound("no photo with this SHA-256 that you can see");
    Response r;
    r.contentType = "image/jpeg";
    r.body = std::move(*bytes);
    return r;
}

} // namespace patrolbook::server
