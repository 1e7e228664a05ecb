#pragma once

// The SQL a record type maps to, generated once from its Schema: column lists, the
// statements of the record store, and binding/reading a whole row.

#include "patrolbook/column.hpp"
#include "patrolbook/schema.hpp"
#include "patrolbook/sqlite/statement.hpp"

#include <string>
#include <vector>

namespace patrolbook {

template <Record T>
struct RecordTable {
    // Every column of the row, in bind/read order: id, version, deleted, the fields'
    // columns, extra. pending_change (the outbox entry of a local change) comes last and
    // is bound separately.
    static const std::vector<std::string>& columns()
    {
        static const std::vector<std::string> cols = [] {
            std::vector<std::string> out{"id", "version", "deleted"};
            forEachField<T>([&](const auto& f) {
                using M = typename std::remove_cvref_t<decltype(f)>::Member;
                Column<M>::names(f.name, out);
            });
            out.emplace_back("extra");
            return out;
        }();
        return cols;
    }

    static std::string table() { return std::string{Schema<T>::entity}; }

    static std::string columnList()
    {
        std::string out;
        for (const auto& c : columns())
            out.append(out.empty() ? "" : ", ").append(c);
        return out;
    }

    static const std::string& selectSql()
    {
        static const std::string sql = "SELECT " + columnList() + " FROM " + table() + " ";
        return sql;
    }

    static const std::string& selectByIdSql()
    {
        static const std::string sql = selectSql() + "WHERE id = ?";
        return sql;
    }

    static const std::string& insertSql()
    {
        static const std::string sql = [] {
            std::string marks;
            for (std::size_t i = 0; i <= columns().size(); ++i)
                marks.append(i ? ", ?" : "?");
            return "INSERT INTO " + table() + " (" + columnList() + ", pending_change) VALUES (" + marks + ")";
        }();
        return sql;
    }

    // Insert or overwrite the whole row (pending_change included).
    static const std::string& upsertSql()
    {
        static const std::string sql = [] {
            std::string set;
            for (const auto& c : columns())
                if (c != "id")
                    set.append(set.empty() ? "" : ", ").append(c).append(" = excluded.").append(c);
            set.append(", pending_change = excluded.pending_change");
            return insertSql() + " ON CONFLICT(id) DO UPDATE SET " + set;
        }();
        return sql;
    }

    // The upsert of a record as the server sent it, taking effect only over a row with no
    // local change waiting and no newer version: one statement for nearly every pulled
    // record, the rest are decided by reading the row.
    static const std::string& serverUpsertSql()
    {
        static const std::string sql = upsertSql() + " WHERE " + table() + ".pending_change IS NULL AND " + table()
            + ".version <= excluded.version";
        return sql;
    }

    static const std::string& headSql()
    {
        static const std::string sql = "SELECT version, pending_change FROM " + table() + " WHERE id = ?";
        return sql;
    }

    // Binds id, version, deleted, fields, extra from index 1; returns the next index.
    // Strings are bound by reference: `r` must outlive the statement's step().
    static int bind(sqlite::Statement& s, const T& r)
    {
        int i = 1;
        s.bindRef(i++, r.id);
        s.bind(i++, r.version);
        s.bind(i++, r.deleted ? 1 : 0);
        forEachField<T>([&](const auto& f) {
            using M = typename std::remove_cvref_t<decltype(f)>::Member;
            Column<M>::bind(s, i, r.*(f.member));
        });
        if (r.extra.empty())
            s.bindNull(i++);
        else
            s.bindRef(i++, r.extra);
        return i;
    }

    // Reads a row selected with selectSql().
    static T read(const sqlite::Statement& s)
    {
        T r;
        int c = 0;
        r.id = s.getString(c++);
        r.version = s.getInt64(c++);
        r.deleted = s.getInt64(c++) != 0;
        forEachField<T>([&](const auto& f) {
            using M = typename std::remove_cvref_t<decltype(f)>::Member;
            r.*(f.member) = Column<M>::read(s, c);
        });
        r.extra = s.getString(c++);
        return r;
    }

    // "CREATE TABLE ..." as the current Schema would have it. Migrations keep their own
    // frozen copy; a test checks the two agree.
    static std::string createSql()
    {
        std::string sql = "CREATE TABLE " + table()
            + " (\n    id TEXT PRIMARY KEY NOT NULL,\n    version INTEGER NOT NULL DEFAULT 0,\n"
              "    deleted INTEGER NOT NULL DEFAULT 0";
        forEachField<T>([&](const auto& f) {
            using M = typename std::remove_cvref_t<decltype(f)>::Member;
            using C = Column<M>;
            std::vector<std::string> names;
            C::names(f.name, names);
            for (std::size_t k = 0; k < names.size(); ++k) {
                // GeoPoint's accuracy column is optional inside a present point.
                const bool nullable = isNullable<C>() || (C::width == 3 && k == 2);
                sql += ",\n    " + names[k] + " " + C::sqlType + (nullable ? "" : " NOT NULL");
            }
        });
        sql += ",\n    extra TEXT,\n    pending_change INTEGER\n) WITHOUT ROWID;\n";
        return sql;
    }
};

} // namespace patrolbook
