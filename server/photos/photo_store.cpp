#include "photos/photo_store.hpp"

#include "patrolbook/uuid.hpp"

#include <sodium.h>

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>

namespace patrolbook::server {

namespace {

void writeDurably(const std::filesystem::path& path, const std::string& bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot open " + path.string());
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0) {
            ::close(fd);
            throw std::runtime_error("cannot write " + path.string());
        }
        done += static_cast<std::size_t>(n);
    }
    ::fsync(fd);
    ::close(fd);
}

std::string sha256OfFile(const std::filesystem::path& path)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::ifstream in(path, std::ios::binary);
    char buf[64 * 1024];
    while (in.read(buf, sizeof buf) || in.gcount() > 0)
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buf),
                                  static_cast<unsigned long long>(in.gcount()));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

} // namespace

PhotoStore::PhotoStore(std::filesystem::path dir)
    : dir_(std::move(dir))
{
    std::filesystem::create_directories(dir_);
}

bool PhotoStore::isSha256(const std::string& text)
{
    return isSha256Hex(text);
}

bool PhotoStore::complete(const std::string& sha) const
{
    return std::filesystem::exists(finalPath(sha));
}

std::int64_t PhotoStore::completeSize(const std::string& sha) const
{
    std::error_code ec;
    const auto n = std::filesystem::file_size(finalPath(sha), ec);
    return ec ? 0 : static_cast<std::int64_t>(n);
}

std::int64_t PhotoStore::partialSize(const std::string& sha) const
{
    std::error_code ec;
    const auto n = std::filesystem::file_size(partPath(sha), ec);
    return ec ? 0 : static_cast<std::int64_t>(n);
}

PhotoStore::Progress PhotoStore::append(const std::string& sha, std::int64_t start, std::int64_t total,
                                        const std::string& bytes)
{
    std::lock_guard lock(mutex_);
    if (complete(sha))
        return {AppendResult::Complete, completeSize(sha)};
    if (total > maxBytes)
        return {AppendResult::TooLarge, partialSize(sha)};
    const std::int64_t held = partialSize(sha);
    if (start != held)
        return {AppendResult::WrongOffset, held};
    const std::int64_t after = held + static_cast<std::int64_t>(bytes.size());
    if (after > total)
        return {AppendResult::TooLarge, held};
    writeDurably(partPath(sha), bytes);
    if (after < total)
        return {AppendResult::Partial, after};
    if (sha256OfFile(partPath(sha)) != sha) {
        std::filesystem::remove(partPath(sha));
        return {AppendResult::Mismatch, 0};
    }
    std::filesystem::rename(partPath(sha), finalPath(sha));
    const int dirFd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd); // the rename itself must survive a power cut
        ::close(dirFd);
    }
    return {AppendResult::Complete, total};
}

std::optional<std::string> PhotoStore::read(const std::string& sha) const
{
    std::ifstream in(finalPath(sha), std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace patrolbook::server
