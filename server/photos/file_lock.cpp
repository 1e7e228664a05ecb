#include "photos/file_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace patrolbook::server {

FileLock::FileLock(const std::filesystem::path& file)
{
    fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0)
        throw std::system_error(errno, std::generic_category(), "cannot open " + file.string());
    while (::flock(fd_, LOCK_EX) != 0)
        if (errno != EINTR) {
            const int error = errno;
            ::close(fd_);
            throw std::system_error(error, std::generic_category(), "cannot lock " + file.string());
        }
}

FileLock::~FileLock()
{
    ::close(fd_); // releases the lock
}

} // namespace patrolbook::server
