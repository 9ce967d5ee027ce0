#define _GNU_SOURCE
#include <malloc.h>
#include "CPosix.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif


int byline_renameat_noreplace(int fromdir, const char *from, int todir, const char *to) {
    return (int)syscall(SYS_renameat2, fromdir, from, todir, to, RENAME_NOREPLACE);
}

int byline_statx(int dirfd, const char *path, int flags, struct byline_stat *out) {
    struct statx sx;
    int r = statx(dirfd, path, flags, STATX_BASIC_STATS | STATX_BTIME, &sx);
    if (r != 0) return r;
    out->mode = sx.stx_mode;
    out->size = (int64_t)sx.stx_size;
    out->inode = sx.stx_ino;
    out->device = ((uint64_t)sx.stx_dev_major << 32) | sx.stx_dev_minor;
    out->links = sx.stx_nlink;
    out->mtime_sec = sx.stx_mtime.tv_sec;
    out->mtime_nsec = sx.stx_mtime.tv_nsec;
    out->ctime_sec = sx.stx_ctime.tv_sec;
    out->ctime_nsec = sx.stx_ctime.tv_nsec;
    out->has_birth = (sx.stx_mask & STATX_BTIME) != 0 && (sx.stx_btime.tv_sec != 0 || sx.stx_btime.tv_nsec != 0);
    out->btime_sec = sx.stx_btime.tv_sec;
    out->btime_nsec = sx.stx_btime.tv_nsec;
    return 0;
}

int byline_malloc_trim(void) { return malloc_trim(0); }
int byline_malloc_mmap_threshold(int bytes) { return mallopt(M_MMAP_THRESHOLD, bytes); }
