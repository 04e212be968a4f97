// A thin RAII layer over SQLite: one connection, prepared statements only.
// Errors are reported as exceptions carrying SQLite's message, because every
// caller's answer to a failed statement is the same: roll back and report.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace swm {

struct DbError : std::runtime_error {
    int code;
    DbError(int c, const std::string& what) : std::runtime_error(what), code(c) {}
};

class Stmt {
public:
    Stmt(sqlite3* db, std::string_view sql);
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    // Binding is 1-based like SQLite's; each returns *this for chaining.
    Stmt& bind(int i, std::string_view text);
    Stmt& bind(int i, const char* text) { return bind(i, std::string_view(text)); }
    Stmt& bind(int i, const std::string& text) { return bind(i, std::string_view(text)); }
    Stmt& bind(int i, int64_t value);
    Stmt& bind(int i, int value) { return bind(i, int64_t(value)); }
    Stmt& bind(int i, double value);
    Stmt& bind_null(int i);
    Stmt& bind(int i, const std::optional<std::string>& text);

    // Advances to the next row; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    std::string text(int col) const;
    std::optional<std::string> opt_text(int col) const;
    int64_t int64(int col) const;
    double real(int col) const;
    bool is_null(int col) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Db {
public:
    Db() = default;
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    // Opens an existing file or creates a new one. `create` false refuses a
    // missing file, and opens read-only in a folder that cannot be written.
    // The file is checked to be a readable SQLite database before anything
    // is written to it.
    void open(const std::string& path, bool create);
    // Opens an existing file read-only, for a data folder that cannot be
    // written. `immutable`: SQLite may assume no one changes the file, so it
    // needs no -shm file; only right when there is no -wal file to read.
    void open_read_only(const std::string& path, bool immutable);
    void close();
    sqlite3* handle() const { return db_; }

    void exec(const char* sql);
    Stmt prepare(std::string_view sql) { return Stmt(db_, sql); }
    int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
    // PRAGMA data_version: changes when another connection commits. Asked
    // before every answer from a cache, so its statement stays prepared.
    int64_t data_version();
    int changes() const { return sqlite3_changes(db_); }

private:
    void open_with(const std::string& name, const std::string& path, int flags);
    sqlite3* db_ = nullptr;
    std::unique_ptr<Stmt> data_version_;
};

// Runs the body in one transaction (BEGIN IMMEDIATE, so two writers never
// deadlock on upgrade): commit when it returns, roll back when it throws.
// Inside a transaction already, the body joins it: the outer one decides.
template <class F> auto in_transaction(Db& db, F&& body) -> decltype(body()) {
    if (!sqlite3_get_autocommit(db.handle())) return body();
    db.exec("BEGIN IMMEDIATE");
    try {
        if constexpr (std::is_void_v<decltype(body())>) {
            body();
            db.exec("COMMIT");
        } else {
            auto result = body();
            db.exec("COMMIT");
            return result;
        }
    } catch (...) {
        sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

} // namespace swm
