#pragma once

#include "patrolbook/outbox.hpp"
#include "patrolbook/record_store.hpp"
#include "patrolbook/sqlite/database.hpp"

#include <filesystem>

namespace patrolbook {

// A device's local store: the connection (opened with the product's settings and
// migrated to the current schema), its records and its outbox.
class Store {
public:
    explicit Store(const std::filesystem::path& path, sqlite::OpenOptions options = {});

    sqlite::Database& database() { return db_; }
    RecordStore& records() { return records_; }
    Outbox& outbox() { return outbox_; }

private:
    sqlite::Database db_;
    RecordStore records_;
    Outbox outbox_;
};

} // namespace patrolbook
