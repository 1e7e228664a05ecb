#include "photos/photo_store.hpp"

#include "patrolbook/uuid.hpp"

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace patrolbook::server {

namespace {

[[noreturn]] void fail(int error, const std::string& what)
{
    throw std::system_error(error, std::generic_category(), what);
}

// Appends and flushes; on any failure (a full disk, an I/O error reported by fsync) cuts
// the file back to what it held, so that no unflushed byte is ever counted as held.
void appendDurably(const std::filesystem::path& path, std::int64_t held, const std::string& bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        fail(errno, "cannot open " + path.string());
    const auto undo = [&](const std::string& what) {
        const int error = errno;
        if (::ftruncate(fd, held) != 0) {
            // Left longer than acknowledged: the next PUT is told the longer offset and the
            // hash check at the end catches bytes that were never flushed.
        }
        ::close(fd);
        fail(error, what + " " + path.string());
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            undo("cannot write");
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0)
        undo("cannot flush");
    if (::close(fd) != 0)
        fail(errno, "cannot close " + path.string());
}

// A rename or a new file is durable only once its directory is flushed.
void syncDirectory(const std::filesystem::path& dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        fail(errno, "cannot open " + dir.string());
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        fail(error, "cannot flush " + dir.string());
    }
    ::close(fd);
}

std::string sha256OfFile(const std::filesystem::path& path)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(errno, "cannot read " + path.string());
    char buf[64 * 1024];
    while (in.read(buf, sizeof buf) || in.gcount() > 0)
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buf),
                                  static_cast<unsigned long long>(in.gcount()));
    if (in.bad())
        fail(EIO, "cannot read " + path.string());
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::int64_t sizeOf(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto n = std::filesystem::file_size(path, ec);
    return ec ? 0 : static_cast<std::int64_t>(n);
}

std::optional<PhotoStore::File> fileOf(const std::filesystem::directory_entry& entry, std::string account)
{
    std::error_code ec;
    if (!entry.is_regular_file(ec))
        return std::nullopt;
    auto name = entry.path().filename().string();
    const bool part = name.size() > 5 && name.ends_with(".part");
    if (part)
        name.resize(name.size() - 5);
    if (!PhotoStore::isSha256(name))
        return std::nullopt;
    PhotoStore::File f{std::move(account), std::move(name), entry.path(), entry.last_write_time(ec),
                       static_cast<std::int64_t>(entry.file_size(ec))};
    return ec ? std::nullopt : std::optional<PhotoStore::File>{std::move(f)};
}

} // namespace

PhotoStore::PhotoStore(std::filesystem::path dir)
    : dir_(std::move(dir))
{
    std::filesystem::create_directories(dir_ / "parts");
}

bool PhotoStore::isSha256(const std::string& text)
{
    return isSha256Hex(text);
}

std::filesystem::path PhotoStore::partDir(const std::string& account) const
{
    // Account ids are the server's own UUIDs; anything else must not reach a path.
    if (account.empty() || !std::all_of(account.begin(), account.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
        }))
        throw std::invalid_argument("not an account id: " + account);
    return dir_ / "parts" / account;
}

bool PhotoStore::complete(const std::string& sha) const
{
    return std::filesystem::exists(finalPath(sha));
}

std::int64_t PhotoStore::completeSize(const std::string& sha) const
{
    return sizeOf(finalPath(sha));
}

std::int64_t PhotoStore::partialSize(const std::string& account, const std::string& sha) const
{
    return sizeOf(partPath(account, sha));
}

std::int64_t PhotoStore::partialBytes(const std::string& account) const
{
    std::int64_t total = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(partDir(account), ec))
        if (const auto f = fileOf(entry, account))
            total += f->bytes;
    return total;
}

PhotoStore::Progress PhotoStore::append(const std::string& account, const std::string& sha, std::int64_t start,
                                        std::int64_t total, const std::string& bytes)
{
    if (total > maxBytes)
        return {AppendResult::TooLarge, partialSize(account, sha)};
    const auto part = partPath(account, sha);
    const std::int64_t held = sizeOf(part);
    if (start != held)
        return {AppendResult::WrongOffset, held};
    const std::int64_t after = held + static_cast<std::int64_t>(bytes.size());
    if (after > total)
        return {AppendResult::TooLarge, held};
    std::filesystem::create_directories(part.parent_path());
    appendDurably(part, held, bytes);
    if (after < total)
        return {AppendResult::Partial, after};
    if (sha256OfFile(part) != sha) {
        std::filesystem::remove(part);
        return {AppendResult::Mismatch, 0};
    }
    if (complete(sha)) {
        // Stored already (another account's upload): these bytes proved the same photo.
        // Touched, so that gc sees the photo in use.
        std::filesystem::remove(part);
        std::filesystem::last_write_time(finalPath(sha), std::filesystem::file_time_type::clock::now());
        return {AppendResult::Complete, total};
    }
    std::filesystem::rename(part, finalPath(sha));
    syncDirectory(dir_); // the rename itself must survive a power cut
    return {AppendResult::Complete, total};
}

std::optional<std::string> PhotoStore::read(const std::string& sha) const
{
    std::ifstream in(finalPath(sha), std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::optional<std::filesystem::path> PhotoStore::file(const std::string& sha) const
{
    if (!isSha256(sha) || !complete(sha))
        return std::nullopt;
    return finalPath(sha);
}

std::vector<PhotoStore::File> PhotoStore::parts() const
{
    std::vector<File> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir_, ec))
        if (auto f = fileOf(entry, {}); f && f->path.extension() == ".part")
            out.push_back(std::move(*f));
    for (const auto& accountDir : std::filesystem::directory_iterator(dir_ / "parts", ec)) {
        std::error_code inner;
        if (!accountDir.is_directory(inner))
            continue;
        const auto account = accountDir.path().filename().string();
        for (const auto& entry : std::filesystem::directory_iterator(accountDir.path(), inner))
            if (auto f = fileOf(entry, account); f && f->path.extension() == ".part")
                out.push_back(std::move(*f));
    }
    return out;
}

std::vector<PhotoStore::File> PhotoStore::photos() const
{
    std::vector<File> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir_, ec))
        if (auto f = fileOf(entry, {}); f && f->path.extension() != ".part")
            out.push_back(std::move(*f));
    return out;
}

std::int64_t PhotoStore::remove(const File& file)
{
    std::error_code ec;
    if (!std::filesystem::remove(file.path, ec))
        return 0;
    syncDirectory(file.path.parent_path());
    return file.bytes;
}

} // namespace patrolbook::server
