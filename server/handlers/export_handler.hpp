#pragma once

#include "api/request.hpp"
#include "api/response.hpp"

#include <cstdint>
#include <filesystem>

namespace patrolbook::server {

class BrowserSession;
class DbPool;
class PhotoService;

// What one photo export may hold (serve --export-max-photos, --export-max-mib): the
// archive is built on the server's disk before it is sent (PhotoZip), so it is bounded.
struct ExportLimits {
    std::size_t maxPhotos = 2000;
    std::int64_t maxPhotoBytes = 1024LL * 1024 * 1024;
};

// The console's downloads (docs/console-api.md, "Exports"): a filtered list as CSV and
// its records' photos as a ZIP, with the records list's filters and scoping
// (ConsoleQuery). Both are streamed: the CSV page by page off the keyset index, the ZIP
// from its file, so memory stays flat however many records match.
class ExportHandler {
public:
    static constexpr std::size_t pageRows = 500;

    ExportHandler(BrowserSession& session, DbPool& pool, PhotoService& photos, std::filesystem::path tempDir,
                  ExportLimits limits = {});

    Response csv(const Request& request);
    Response photosZip(const Request& request);

private:
    BrowserSession& session_;
    DbPool& pool_;
    PhotoService& photos_;
    std::filesystem::path tempDir_;
    ExportLimits limits_;
};

} // namespace patrolbook::server
