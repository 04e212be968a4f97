#include "native-host/sqlite_db.h"

#include "native-host/platform.h"

namespace swm {
namespace {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view context) {
    std::string msg(context);
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw DbError(rc, msg);
}

} // namespace

Stmt::Stmt(sqlite3* db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) fail(db, rc, sql);
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Stmt& Stmt::bind(int i, std::string_view text) {
    const int rc = sqlite3_bind_text(stmt_, i, text.data(), int(text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) fail(db_, rc, "bind");
    return *this;
}

Stmt& Stmt::bind(int i, int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_, i, value);
    if (rc != SQLITE_OK) fail(db_, rc, "bind");
    return *this;
}

Stmt& Stmt::bind(int i, double value) {
    const int rc = sqlite3_bind_double(stmt_, i, value);
    if (rc != SQLITE_OK) fail(db_, rc, "bind");
    return *this;
}

Stmt& Stmt::bind_null(int i) {
    const int rc = sqlite3_bind_null(stmt_, i);
    if (rc != SQLITE_OK) fail(db_, rc, "bind");
    return *this;
}

Stmt& Stmt::bind(int i, const std::optional<std::string>& text) { return text ? bind(i, std::string_view(*text)) : bind_null(i); }

bool Stmt::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, rc, sqlite3_sql(stmt_));
}

void Stmt::run() {
    while (step()) {
    }
}

void Stmt::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Stmt::text(int col) const {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t ? std::string(reinterpret_cast<const char*>(t), size_t(sqlite3_column_bytes(stmt_, col))) : std::string();
}

std::optional<std::string> Stmt::opt_text(int col) const {
    if (is_null(col)) return std::nullopt;
    return text(col);
}

int64_t Stmt::int64(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::real(int col) const { return sqlite3_column_double(stmt_, col); }
bool Stmt::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

Db::~Db() { close(); }

void Db::open(const std::string& path, bool create) {
    // Another connection to a database in a folder that cannot be written (a
    // read-only mount or share): SQLite could not make its -shm file there.
    const size_t slash = path.find_last_of("/\\");
    if (!create && !platform::folder_writable(slash == std::string::npos ? "." : path.substr(0, slash)))
        return open_read_only(path, !platform::file_exists(path + "-wal"));
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (create) flags |= SQLITE_OPEN_CREATE;
    open_with(path, path, flags);
}

void Db::open_read_only(const std::string& path, bool immutable) {
    // As a URI, so the file name's own '?', '#' and '%' must be escaped.
    std::string uri = "file:";
    for (char c : path) {
        if (c == '?') uri += "%3f";
        else if (c == '#') uri += "%23";
        else if (c == '%') uri += "%25";
        else uri += c;
    }
    uri += immutable ? "?mode=ro&immutable=1" : "?mode=ro";
    open_with(uri, path, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX);
}

void Db::open_with(const std::string& name, const std::string& path, int flags) {
    close();
    const int rc = sqlite3_open_v2(name.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int code = db_ ? sqlite3_extended_errcode(db_) : rc;
        const std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        close();
        throw DbError(code, path + ": " + msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    // Reading the schema fails with SQLITE_NOTADB on a file that is not a
    // database, before anything (such as the WAL switch) writes to it.
    try {
        Stmt(db_, "SELECT count(*) FROM sqlite_master").run();
        Stmt check(db_, "PRAGMA quick_check");
        if (check.step() && check.text(0) != "ok") throw DbError(SQLITE_CORRUPT, path + ": " + check.text(0));
    } catch (...) {
        // Closing would checkpoint a -wal file into the damaged database.
        sqlite3_db_config(db_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        close();
        throw;
    }
}

void Db::close() {
    data_version_.reset();
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
}

int64_t Db::data_version() {
    if (!data_version_) data_version_ = std::make_unique<Stmt>(db_, "PRAGMA data_version");
    // Reset at once, also when the step fails: a statement left on its row
    // holds a read transaction, which would pin this connection to what it saw.
    struct ResetAfter {
        Stmt& s;
        ~ResetAfter() { s.reset(); }
    } reset_after{*data_version_};
    data_version_->step();
    return data_version_->int64(0);
}

void Db::exec(const char* sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
    if (rc == SQLITE_OK) return;
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    throw DbError(rc, msg);
}

} // namespace swm
