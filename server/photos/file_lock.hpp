#pragma once

#include <filesystem>

namespace patrolbook::server {

// An exclusive flock(2) on a file, held for the object's life. Between processes too:
// `patrolbook-server gc` may run while the server takes uploads, and must not delete a
// photo whose upload the server is just recording.
class FileLock {
public:
    explicit FileLock(const std::filesystem::path& file);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    int fd_ = -1;
};

} // namespace patrolbook::server
