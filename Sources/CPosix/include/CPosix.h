#ifndef BYLINE_CPOSIX_H
#define BYLINE_CPOSIX_H
/* Linux calls that Swift's Glibc module does not expose: renameat2 is
 * reached through syscall(2), which is variadic and so not callable from
 * Swift. */
#include <sys/inotify.h>
#include <sys/vfs.h>

int byline_rename_noreplace(const char *from, const char *to);
/* renameat2(RENAME_NOREPLACE) between two directory descriptors. */
int byline_renameat_noreplace(int fromdir, const char *from, int todir, const char *to);

#endif
