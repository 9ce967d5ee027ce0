#ifndef BYLINE_CPOSIX_H
#define BYLINE_CPOSIX_H
/* Linux calls that Swift's Glibc module does not expose: renameat2 is
 * reached through syscall(2), which is variadic and so not callable from
 * Swift. */
#include <sys/inotify.h>
#include <sys/vfs.h>
#include <stdint.h>

/* renameat2(RENAME_NOREPLACE) between two directory descriptors. */
int byline_renameat_noreplace(int fromdir, const char *from, int todir, const char *to);

/* The fields of statx(2) Byline decides on, birth time included where
 * the file system keeps one (has_birth). statx is not in Swift's Glibc
 * module. path "" with AT_EMPTY_PATH describes dirfd itself. */
struct byline_stat {
    uint32_t mode;
    int64_t size;
    uint64_t inode;
    uint64_t device;
    uint64_t links;
    int64_t mtime_sec, mtime_nsec;
    int64_t ctime_sec, ctime_nsec;
    int64_t btime_sec, btime_nsec;
    int has_birth;
};
int byline_statx(int dirfd, const char *path, int flags, struct byline_stat *out);
/* AT_EMPTY_PATH, which Swift's Glibc module leaves out (_GNU_SOURCE). */
static const int byline_at_empty_path = 0x1000;

/* malloc_trim(3): gives freed heap memory back to the system (glibc's
 * <malloc.h>, which Swift's Glibc module does not include). */
int byline_malloc_trim(void);
/* mallopt(M_MMAP_THRESHOLD, bytes): allocations this large are mapped and
 * unmapped on their own, and the threshold stops adjusting itself. */
int byline_malloc_mmap_threshold(int bytes);

#endif
