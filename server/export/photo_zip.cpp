#include "export/photo_zip.hpp"

#include "patrolbook/uuid.hpp"

#include <zip.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>

namespace patrolbook::server {

namespace {

std::runtime_error zipError(const std::string& what, zip_t* archive)
{
    return std::runtime_error(what + ": " + (archive ? zip_strerror(archive) : "libzip"));
}

} // namespace

PhotoZip::PhotoZip(const std::filesystem::path& dir)
    : path_(dir / ("export-" + newUuid() + ".zip"))
{
    std::filesystem::create_directories(dir);
    int error = 0;
    archive_ = zip_open(path_.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive_) {
        zip_error_t e;
        zip_error_init_with_code(&e, error);
        const std::string message = zip_error_strerror(&e);
        zip_error_fini(&e);
        throw std::runtime_error("cannot start a ZIP in " + dir.string() + ": " + message);
    }
}

PhotoZip::~PhotoZip()
{
    if (archive_)
        zip_discard(archive_); // an archive never finished is never written
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

void PhotoZip::add(const std::string& name, const std::filesystem::path& file, std::int64_t modifiedUnix)
{
    // Opened when the archive is written (zip_close), one file at a time.
    zip_source_t* source = zip_source_file(archive_, file.c_str(), 0, -1);
    if (!source)
        throw zipError("cannot read photo " + file.filename().string(), archive_);
    const zip_int64_t index = zip_file_add(archive_, name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        throw zipError("cannot add " + name, archive_);
    }
    if (zip_set_file_compression(archive_, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) != 0
        || zip_file_set_mtime(archive_, static_cast<zip_uint64_t>(index), static_cast<time_t>(modifiedUnix), 0) != 0)
        throw zipError("cannot store " + name, archive_);
}

PhotoZip::Written PhotoZip::finish()
{
    if (zip_close(archive_) != 0)
        throw zipError("cannot write the ZIP", archive_);
    archive_ = nullptr;
    const int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("cannot open the written ZIP");
    Written out{std::shared_ptr<int>(new int(fd),
                                     [](const int* p) {
                                         ::close(*p);
                                         delete p;
                                     }),
                0};
    struct stat st { };
    if (::fstat(fd, &st) != 0)
        throw std::runtime_error("cannot size the written ZIP");
    out.bytes = static_cast<std::uint64_t>(st.st_size);
    std::filesystem::remove(path_); // the open descriptor keeps the bytes until it closes
    return out;
}

} // namespace patrolbook::server
