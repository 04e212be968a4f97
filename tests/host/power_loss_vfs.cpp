#include "power_loss_vfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unistd.h>
#include <vector>

namespace swm::test {
namespace {

// A write (data) or a truncation (no data) that has not been synced.
struct PendingOp {
    int64_t offset = 0;  // for a truncation: the new size
    std::string data;
    bool truncate = false;
};

struct FileState {
    std::string path;
    std::vector<PendingOp> ops;
};

struct Shim {
    sqlite3_vfs vfs{};
    sqlite3_vfs* base = nullptr;
    std::recursive_mutex mutex;
    std::map<std::string, std::shared_ptr<FileState>> files;
    bool powered = true;
    int countdown = 0;
    int64_t syncs = 0;
};

Shim* g_shim = nullptr;

// The shim's file; the base VFS's file follows it in the same allocation.
struct ShimFile {
    sqlite3_file base_handle;  // must be first: SQLite sees this
    std::shared_ptr<FileState>* state;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(this) + sizeof(ShimFile)); }
};

ShimFile* shim_of(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f); }

// False when the power is off (or goes off now, at the end of the countdown).
bool power_for_write() {
    if (!g_shim->powered) return false;
    if (g_shim->countdown > 0 && --g_shim->countdown == 0) {
        g_shim->powered = false;
        return false;
    }
    return true;
}

int64_t logical_size(sqlite3_file* real, const FileState& s) {
    sqlite3_int64 size = 0;
    real->pMethods->xFileSize(real, &size);
    int64_t n = size;
    for (const auto& op : s.ops) n = op.truncate ? op.offset : std::max<int64_t>(n, op.offset + int64_t(op.data.size()));
    return n;
}

int x_close(sqlite3_file* f) {
    ShimFile* s = shim_of(f);
    delete s->state;
    s->state = nullptr;
    return s->real()->pMethods->xClose(s->real());
}

void zero_from(char* buf, int amt, int64_t off, int64_t from) {
    if (from < off + amt) std::memset(buf + std::max<int64_t>(0, from - off), 0, size_t(off + amt - std::max(off, from)));
}

int x_read(sqlite3_file* f, void* out, int amt, sqlite3_int64 off) {
    ShimFile* s = shim_of(f);
    std::lock_guard lock(g_shim->mutex);
    const int rc = s->real()->pMethods->xRead(s->real(), out, amt, off);
    if (!s->state || (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)) return rc;
    char* buf = static_cast<char*>(out);
    sqlite3_int64 size = 0;
    s->real()->pMethods->xFileSize(s->real(), &size);
    for (const auto& op : (*s->state)->ops) {
        if (op.truncate) {
            size = op.offset;
            zero_from(buf, amt, off, size);
            continue;
        }
        const int64_t from = std::max<int64_t>(off, op.offset);
        const int64_t to = std::min<int64_t>(off + amt, op.offset + int64_t(op.data.size()));
        if (from < to) std::memcpy(buf + (from - off), op.data.data() + (from - op.offset), size_t(to - from));
        size = std::max<int64_t>(size, op.offset + int64_t(op.data.size()));
    }
    if (off + amt <= size) return SQLITE_OK;
    zero_from(buf, amt, off, size);
    return SQLITE_IOERR_SHORT_READ;
}

int x_write(sqlite3_file* f, const void* data, int amt, sqlite3_int64 off) {
    ShimFile* s = shim_of(f);
    std::lock_guard lock(g_shim->mutex);
    if (!s->state) return s->real()->pMethods->xWrite(s->real(), data, amt, off);
    if (!power_for_write()) return SQLITE_IOERR_WRITE;
    (*s->state)->ops.push_back({off, std::string(static_cast<const char*>(data), size_t(amt)), false});
    return SQLITE_OK;
}

int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
    ShimFile* s = shim_of(f);
    std::lock_guard lock(g_shim->mutex);
    if (!s->state) return s->real()->pMethods->xTruncate(s->real(), size);
    if (!power_for_write()) return SQLITE_IOERR_TRUNCATE;
    (*s->state)->ops.push_back({size, {}, true});
    return SQLITE_OK;
}

// Durable now: the pending writes go to the real file, in order. The real
// file's own fsync is not needed: durability is what this shim models.
int x_sync(sqlite3_file* f, int flags) {
    ShimFile* s = shim_of(f);
    std::lock_guard lock(g_shim->mutex);
    if (!s->state) return s->real()->pMethods->xSync(s->real(), flags);
    if (!power_for_write()) return SQLITE_IOERR_FSYNC;
    ++g_shim->syncs;
    sqlite3_file* real = s->real();
    for (const auto& op : (*s->state)->ops) {
        const int rc = op.truncate ? real->pMethods->xTruncate(real, op.offset)
                                   : real->pMethods->xWrite(real, op.data.data(), int(op.data.size()), op.offset);
        if (rc != SQLITE_OK) return rc;
    }
    (*s->state)->ops.clear();
    return SQLITE_OK;
}

int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
    ShimFile* s = shim_of(f);
    std::lock_guard lock(g_shim->mutex);
    if (!s->state) return s->real()->pMethods->xFileSize(s->real(), size);
    *size = logical_size(s->real(), **s->state);
    return SQLITE_OK;
}

int x_lock(sqlite3_file* f, int level) { return shim_of(f)->real()->pMethods->xLock(shim_of(f)->real(), level); }
int x_unlock(sqlite3_file* f, int level) { return shim_of(f)->real()->pMethods->xUnlock(shim_of(f)->real(), level); }
int x_check_reserved(sqlite3_file* f, int* out) {
    return shim_of(f)->real()->pMethods->xCheckReservedLock(shim_of(f)->real(), out);
}

int x_file_control(sqlite3_file* f, int op, void* arg) {
    // A size hint would grow the real file behind the model's back.
    if (op == SQLITE_FCNTL_SIZE_HINT && shim_of(f)->state) return SQLITE_OK;
    return shim_of(f)->real()->pMethods->xFileControl(shim_of(f)->real(), op, arg);
}

int x_sector_size(sqlite3_file* f) { return shim_of(f)->real()->pMethods->xSectorSize(shim_of(f)->real()); }
int x_device(sqlite3_file* f) { return shim_of(f)->real()->pMethods->xDeviceCharacteristics(shim_of(f)->real()); }
int x_shm_map(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
    return shim_of(f)->real()->pMethods->xShmMap(shim_of(f)->real(), page, size, extend, out);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
    return shim_of(f)->real()->pMethods->xShmLock(shim_of(f)->real(), offset, n, flags);
}
void x_shm_barrier(sqlite3_file* f) { shim_of(f)->real()->pMethods->xShmBarrier(shim_of(f)->real()); }
int x_shm_unmap(sqlite3_file* f, int del) { return shim_of(f)->real()->pMethods->xShmUnmap(shim_of(f)->real(), del); }

// Version 2: shared memory, but no memory-mapped reads (xFetch), so every
// read passes through x_read and sees the model.
const sqlite3_io_methods kShimMethods = {
    2,           x_close,      x_read,     x_write,      x_truncate,   x_sync,   x_file_size, x_lock, x_unlock,
    x_check_reserved, x_file_control, x_sector_size, x_device, x_shm_map, x_shm_lock, x_shm_barrier, x_shm_unmap,
    nullptr,     nullptr,
};

int x_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
    ShimFile* s = shim_of(f);
    s->state = nullptr;
    const int rc = g_shim->base->xOpen(g_shim->base, name, s->real(), flags, out_flags);
    if (rc != SQLITE_OK) {
        f->pMethods = nullptr;
        return rc;
    }
    f->pMethods = &kShimMethods;
    // Temporary files need no durability; they pass straight through.
    if (!name || (flags & SQLITE_OPEN_DELETEONCLOSE)) return SQLITE_OK;
    std::lock_guard lock(g_shim->mutex);
    auto& state = g_shim->files[name];
    if (!state) state = std::make_shared<FileState>(FileState{name, {}});
    s->state = new std::shared_ptr<FileState>(state);
    return SQLITE_OK;
}

int x_delete(sqlite3_vfs*, const char* name, int sync_dir) {
    std::lock_guard lock(g_shim->mutex);
    if (!g_shim->powered) return SQLITE_IOERR_DELETE;
    g_shim->files.erase(name);
    return g_shim->base->xDelete(g_shim->base, name, sync_dir);
}

int x_access(sqlite3_vfs*, const char* name, int flags, int* out) { return g_shim->base->xAccess(g_shim->base, name, flags, out); }
int x_full_path(sqlite3_vfs*, const char* name, int n, char* out) { return g_shim->base->xFullPathname(g_shim->base, name, n, out); }
void* x_dl_open(sqlite3_vfs*, const char* name) { return g_shim->base->xDlOpen(g_shim->base, name); }
void x_dl_error(sqlite3_vfs*, int n, char* out) { g_shim->base->xDlError(g_shim->base, n, out); }
void (*x_dl_sym(sqlite3_vfs*, void* h, const char* sym))(void) { return g_shim->base->xDlSym(g_shim->base, h, sym); }
void x_dl_close(sqlite3_vfs*, void* h) { g_shim->base->xDlClose(g_shim->base, h); }
int x_randomness(sqlite3_vfs*, int n, char* out) { return g_shim->base->xRandomness(g_shim->base, n, out); }
int x_sleep(sqlite3_vfs*, int us) { return g_shim->base->xSleep(g_shim->base, us); }
int x_current_time(sqlite3_vfs*, double* out) { return g_shim->base->xCurrentTime(g_shim->base, out); }
int x_last_error(sqlite3_vfs*, int n, char* out) { return g_shim->base->xGetLastError(g_shim->base, n, out); }
int x_current_time_int64(sqlite3_vfs*, sqlite3_int64* out) { return g_shim->base->xCurrentTimeInt64(g_shim->base, out); }

// Applies `op` to the file at `path` directly, as the disk would have.
void apply_to_disk(const std::string& path, const PendingOp& op) {
    const int fd = open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) return;  // deleted meanwhile
    if (op.truncate) {
        if (ftruncate(fd, op.offset) != 0) {
        }
    } else if (pwrite(fd, op.data.data(), op.data.size(), op.offset) != ssize_t(op.data.size())) {
    }
    close(fd);
}

} // namespace

PowerLossVfs::PowerLossVfs() {
    g_shim = new Shim;
    g_shim->base = sqlite3_vfs_find(nullptr);
    sqlite3_vfs& v = g_shim->vfs;
    v.iVersion = 2;
    v.szOsFile = int(sizeof(ShimFile)) + g_shim->base->szOsFile;
    v.mxPathname = g_shim->base->mxPathname;
    v.zName = "swm-power-loss";
    v.xOpen = x_open;
    v.xDelete = x_delete;
    v.xAccess = x_access;
    v.xFullPathname = x_full_path;
    v.xDlOpen = x_dl_open;
    v.xDlError = x_dl_error;
    v.xDlSym = x_dl_sym;
    v.xDlClose = x_dl_close;
    v.xRandomness = x_randomness;
    v.xSleep = x_sleep;
    v.xCurrentTime = x_current_time;
    v.xGetLastError = x_last_error;
    v.xCurrentTimeInt64 = x_current_time_int64;
    sqlite3_vfs_register(&v, 1);
}

PowerLossVfs::~PowerLossVfs() {
    sqlite3_vfs_unregister(&g_shim->vfs);
    delete g_shim;
    g_shim = nullptr;
}

void PowerLossVfs::fail_after(int n) {
    std::lock_guard lock(g_shim->mutex);
    g_shim->countdown = n;
}

void PowerLossVfs::fail_now() {
    std::lock_guard lock(g_shim->mutex);
    g_shim->powered = false;
}

bool PowerLossVfs::powered() const {
    std::lock_guard lock(g_shim->mutex);
    return g_shim->powered;
}

int64_t PowerLossVfs::syncs() const {
    std::lock_guard lock(g_shim->mutex);
    return g_shim->syncs;
}

void PowerLossVfs::restore(std::mt19937& rng, double keep) {
    std::lock_guard lock(g_shim->mutex);
    std::bernoulli_distribution kept(keep);
    for (auto& [name, state] : g_shim->files) {
        for (const PendingOp& op : state->ops) {
            if (kept(rng)) apply_to_disk(state->path, op);
        }
        state->ops.clear();
        unlink((state->path + "-shm").c_str());
    }
    g_shim->files.clear();
    g_shim->countdown = 0;
    g_shim->powered = true;
}

} // namespace swm::test
