#include "handlers/export_handler.hpp"

#include "api/api_error.hpp"
#include "auth/browser_session.hpp"
#include "export/csv_writer.hpp"
#include "export/export_words.hpp"
#include "export/photo_zip.hpp"
#include "export/record_csv.hpp"
#include "handlers/console_query.hpp"
#include "patrolbook/timestamp.hpp"
#include "photos/photo_service.hpp"
#include "storage/console_repo.hpp"
#include "storage/db_pool.hpp"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <memory>

namespace patrolbook::server {

namespace {

// RFC 5987: the UTF-8 name percent-encoded, for the Chinese file names.
std::string percentEncoded(const std::string& text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_')
            out += static_cast<char>(c);
        else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// attachment; filename="<ascii>"; filename*=UTF-8''<the name in the reader's language>
std::string disposition(const ExportWords& words, const std::string& day, bool photos)
{
    const char* extension = photos ? ".zip" : ".csv";
    const std::string ascii = ExportWords(ExportWords::Lang::En).fileStem(photos) + "-" + day + extension;
    const std::string named = words.fileStem(photos) + "-" + day + extension;
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(named);
}

// Today on the clock of the first property exported (a file name's date).
std::string today(const RecordCsv& names, const ConsoleFilter& filter)
{
    const std::int32_t offset = filter.propertyIds.empty() ? 480 : names.offsetOf(filter.propertyIds.front());
    return Timestamp::now(offset).toIso().substr(0, 10);
}

// A download holds one person's records: never kept by a shared cache.
Response download(const std::string& contentType, const std::string& contentDisposition)
{
    Response r;
    r.contentType = contentType;
    r.headers["Content-Disposition"] = contentDisposition;
    r.headers["Cache-Control"] = "no-store";
    r.headers["X-Content-Type-Options"] = "nosniff";
    return r;
}

// The CSV's state between chunks: where the keyset walk is.
struct CsvWalk {
    DbPool& pool;
    ConsoleFilter filter;
    std::optional<ConsoleCursor> after;
    RecordCsv csv;
    bool started = false;
    bool done = false;

    bool next(std::string& chunk)
    {
        if (!started) {
            started = true;
            chunk += CsvWriter::bom;
            CsvWriter::appendRow(chunk, csv.header());
            return true;
        }
        if (done)
            return false;
        // One page per chunk, each its own short read: no transaction held open for the
        // length of a slow download. Keyset paging skips and repeats nothing meanwhile.
        const auto rows = ConsoleRepo(pool.db()).list(filter, after, ExportHandler::pageRows);
        for (const auto& row : rows)
            CsvWriter::appendRow(chunk, csv.row(row));
        if (rows.size() < ExportHandler::pageRows)
            done = true;
        else
            after = ConsoleCursor{rows.back().atMs, rows.back().id};
        return true;
    }
};

} // namespace

ExportHandler::ExportHandler(BrowserSession& session, DbPool& pool, PhotoService& photos, std::filesystem::path tempDir,
                             ExportLimits limits)
    : session_(session)
    , pool_(pool)
    , photos_(photos)
    , tempDir_(std::move(tempDir))
    , limits_(limits)
{
}

Response ExportHandler::csv(const Request& request)
{
    const auto who = session_.authenticate(request);
    auto query = ConsoleQuery::parse(request, who);
    const auto words = ExportWords::forRequest(request);
    ConsoleRepo::refresh(pool_);
    ConsoleRepo repo(pool_.db());
    auto walk = std::make_shared<CsvWalk>(
        CsvWalk{pool_, query.filter, query.after, RecordCsv(repo, query.filter.propertyIds, words)});
    const auto day = today(walk->csv, query.filter);
    Response r = download("text/csv; charset=utf-8", disposition(words, day, false));
    r.stream = [walk](std::string& chunk) { return walk->next(chunk); };
    return r;
}

Response ExportHandler::photosZip(const Request& request)
{
    const auto who = session_.authenticate(request);
    auto query = ConsoleQuery::parse(request, who);
    const auto words = ExportWords::forRequest(request);
    ConsoleRepo::refresh(pool_);
    ConsoleRepo repo(pool_.db());
    const RecordCsv names(repo, query.filter.propertyIds, words);

    PhotoZip zip(tempDir_);
    std::size_t count = 0;
    std::int64_t bytes = 0;
    auto after = query.after;
    for (;;) {
        const auto rows = repo.list(query.filter, after, pageRows);
        for (const auto& row : rows) {
            // inspection/2026-12-02_0926_<record id>_1.jpg: by kind, then in time order.
            auto stamp = Timestamp::fromUtcMs(row.atMs, names.offsetOf(row.propertyId)).toIso();
            const std::string prefix = row.entity + "/" + stamp.substr(0, 10) + "_" + stamp.substr(11, 2)
                + stamp.substr(14, 2) + "_" + row.id;
            int n = 0;
            for (const auto& photo : repo.photos(row.id)) {
                const auto fields = nlohmann::json::parse(photo.fields);
                // A photo not uploaded yet, or not the caller's to see (PhotoService's rule),
                // is left out as the record's page would leave it out.
                const auto file = photos_.file(who, fields.value("sha256", ""));
                if (!file)
                    continue;
                ++count;
                bytes += file->bytes;
                if (count > limits_.maxPhotos || bytes > limits_.maxPhotoBytes)
                    throw ApiError(422, "Export too large",
                                   "these records have more than " + std::to_string(limits_.maxPhotos) + " photos or "
                                       + std::to_string(limits_.maxPhotoBytes / (1024 * 1024))
                                       + " MiB of them; narrow the filter (a shorter period, one property or kind)");
                const auto taken = Timestamp::parse(fields.value("taken_at", ""));
                zip.add(prefix + "_" + std::to_string(++n) + ".jpg", file->path,
                        (taken ? taken->utcMs : row.atMs) / 1000);
            }
        }
        if (rows.size() < pageRows)
            break;
        after = ConsoleCursor{rows.back().atMs, rows.back().id};
    }
    if (count == 0)
        throw ApiError::notFound("the records of this filter have no photos to export");

    const auto written = zip.finish();
    const auto day = today(names, query.filter);
    Response r = download("application/zip", disposition(words, day, true));
    r.streamLength = written.bytes;
    r.stream = [fd = written.fd](std::string& chunk) {
        chunk.resize(64 * 1024);
        const auto got = ::read(*fd, chunk.data(), chunk.size());
        if (got < 0)
            throw std::runtime_error("cannot read the written ZIP");
        chunk.resize(static_cast<std::size_t>(got));
        return got > 0;
    };
    return r;
}

} // namespace patrolbook::server
