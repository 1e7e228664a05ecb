#include "patrolbook/sync/photo_uploader.hpp"

#include "patrolbook/uuid.hpp"

#include "api_client.hpp"
#include "patrolbook/error.hpp"
#include "patrolbook/store.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <set>
#include <utility>

namespace patrolbook::sync {

namespace {

// Every HEAD 404 and PUT 202/409 of the photo protocol carries it; without it the upload
// cannot go on, and a 404 without it is not the photo endpoint answering.
std::int64_t uploadOffset(const HttpResponse& response, const std::string& what)
{
    if (auto it = response.headers.find("upload-offset"); it != response.headers.end()) {
        const auto& text = it->second;
        std::int64_t n = -1;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
        if (ec == std::errc{} && end == text.data() + text.size() && n >= 0)
            return n;
    }
    throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                "the server's answer to " + what + " has no usable Upload-Offset (HTTP "
                    + std::to_string(response.status) + ")");
}

struct Pending {
    std::string sha;
    std::string mimeType;
    std::filesystem::path file;
    std::int64_t size = 0;
};

enum class Outcome { Uploaded, AlreadyOnServer, Failed };

struct Result {
    Outcome outcome;
    std::string reason; // when Failed
};

Result failed(std::string reason)
{
    return {Outcome::Failed, std::move(reason)};
}

// Called only after a HEAD answered 200: the server then holds the bytes and has checked
// them against the name. A file that will not go is harmless: the next call's HEAD finds
// the photo on the server and tries again.
void removeVerified(const std::filesystem::path& file)
{
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
}

Result verifyStored(ApiClient& api, const std::string& path, const Pending& photo)
{
    const auto check = api.send("HEAD", path, {}, {}, true);
    if (check.status == 200) {
        removeVerified(photo.file);
        return {Outcome::Uploaded, {}};
    }
    if (check.status == 404)
        return failed("the server accepted the photo but does not have it; the file stays for the next try");
    throw errorFromResponse(check);
}

// `at(n)`: the server holds n bytes of this photo.
Result uploadOne(ApiClient& api, const Pending& photo, UploadReport& report,
                 const std::function<void(std::int64_t)>& at)
{
    if (photo.size == 0)
        return failed("the file is empty");
    const std::string path = "/api/v1/photos/" + photo.sha;
    const auto head = api.send("HEAD", path, {}, {}, true);
    if (head.status == 200) {
        removeVerified(photo.file);
        return {Outcome::AlreadyOnServer, {}};
    }
    if (head.status != 404)
        throw errorFromResponse(head);
    std::int64_t offset = uploadOffset(head, "HEAD " + path);

    std::ifstream in(photo.file, std::ios::binary);
    if (!in)
        return failed("cannot open " + photo.file.string());
    for (;;) {
        if (offset > photo.size)
            return failed("the server holds " + std::to_string(offset) + " bytes of this photo but the file has "
                          + std::to_string(photo.size) + ": the file is not the photo its name says");
        at(offset);
        // Zero bytes only if the server holds them all unchecked (an upload once declared
        // longer): the empty PUT "bytes n-(n-1)/n" makes it check them.
        const std::int64_t length = std::min(PhotoUploader::chunkBytes, photo.size - offset);
        std::string chunk(static_cast<std::size_t>(length), '\0');
        in.clear();
        in.seekg(offset);
        in.read(chunk.data(), length);
        if (in.gcount() != length)
            return failed("cannot read " + photo.file.string() + ": it changed while being uploaded");
        const std::string range = "bytes " + std::to_string(offset) + "-" + std::to_string(offset + length - 1) + "/"
            + std::to_string(photo.size);
        const auto answer
            = api.send("PUT", path, chunk, {{"Content-Type", photo.mimeType}, {"Content-Range", range}}, true);
        report.bytesSent += length;
        switch (answer.status) {
        case 201:
            // A PUT's 201 is not proof enough to delete the only other copy: the protocol
            // deletes on a HEAD's 200 only.
            return verifyStored(api, path, photo);
        case 202: {
            const auto next = uploadOffset(answer, "PUT " + path);
            if (next <= offset)
                throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                            "the server took a chunk of photo " + photo.sha + " but its Upload-Offset did not move");
            offset = next;
            break;
        }
        case 409: {
            // The server holds more or less than its HEAD said: our earlier chunk arrived
            // though its answer did not, or another device is uploading the same photo.
            const auto next = uploadOffset(answer, "PUT " + path);
            if (next == offset)
                throw Error(ErrorDomain::Sync, ErrorCode::ServerError,
                            "the server refuses photo " + photo.sha + " at the offset it asks for");
            offset = next;
            break;
        }
        case 413: // larger than the server takes: no retry will do
        case 422: // the bytes do not match the name; the server has discarded them
            return failed(errorFromResponse(answer).message());
        default:
            throw errorFromResponse(answer);
        }
    }
}

} // namespace

PhotoUploader::PhotoUploader(Store& store, Transport& transport, std::filesystem::path photoDir)
    : store_(store)
    , transport_(transport)
    , state_(store.database())
    , photoDir_(std::move(photoDir))
{
}

UploadReport PhotoUploader::uploadPending(UploadProgress progress)
{
    // Several records may show the same photo: its bytes go once.
    std::vector<Pending> pending;
    std::set<std::string> seen;
    std::int64_t total = 0;
    for (const auto& photo : store_.records().all<Photo>()) {
        // The name becomes a file name here and may come from any device through the
        // server: only a real photo name may reach the file system ("../" may not).
        if (!isSha256Hex(photo.sha256) || !seen.insert(photo.sha256).second)
            continue;
        Pending p{photo.sha256, photo.mimeType, photoDir_ / (photo.sha256 + ".jpg"), 0};
        std::error_code ec;
        const auto size = std::filesystem::file_size(p.file, ec);
        if (ec)
            continue; // no file: verified by the server before, or taken on another device
        p.size = static_cast<std::int64_t>(size);
        total += p.size;
        pending.push_back(std::move(p));
    }

    UploadReport report;
    ApiClient api(transport_, state_);
    std::int64_t done = 0;
    const std::function<void(std::int64_t)> at = [&](std::int64_t held) {
        if (progress)
            progress(done + held, total);
    };
    for (const auto& photo : pending) {
        auto result = uploadOne(api, photo, report, at);
        switch (result.outcome) {
        case Outcome::Uploaded:
            ++report.uploaded;
            break;
        case Outcome::AlreadyOnServer:
            ++report.alreadyOnServer;
            break;
        case Outcome::Failed:
            report.failed.push_back({photo.sha, std::move(result.reason)});
            break;
        }
        done += photo.size;
        at(0);
    }
    return report;
}

} // namespace patrolbook::sync
