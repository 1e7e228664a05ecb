#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

struct zip; // libzip's archive (zip_t), kept out of this header

namespace patrolbook::server {

// A ZIP of photo files, written by libzip with every entry stored (JPEG does not
// compress further; storing costs no CPU). libzip writes an archive to a file it can
// seek in (it goes back to fill in each entry's header), never to a pipe, so the archive
// is built in `dir` and then handed out as an open file that is already unlinked:
// nothing is left behind however the download ends.
class PhotoZip {
public:
    explicit PhotoZip(const std::filesystem::path& dir);
    ~PhotoZip();
    PhotoZip(const PhotoZip&) = delete;
    PhotoZip& operator=(const PhotoZip&) = delete;

    // `name` inside the archive (UTF-8), the bytes read from `file` when the archive is
    // written, `modifiedUnix` the entry's time.
    void add(const std::string& name, const std::filesystem::path& file, std::int64_t modifiedUnix);

    // The written archive as an open descriptor (read from the start) and its size.
    struct Written {
        std::shared_ptr<int> fd; // closed when the last copy goes
        std::uint64_t bytes = 0;
    };
    Written finish();

private:
    std::filesystem::path path_;
    ::zip* archive_ = nullptr;
};

} // namespace patrolbook::server
