#ifndef BYLINE_CSYSTEMD_SHIM_H
#define BYLINE_CSYSTEMD_SHIM_H
/* The parts of libsystemd Byline uses: readiness notification and the native
 * journal protocol. Swift cannot call the variadic sd_journal_send, so the
 * Swift layer uses sd_journal_sendv with iovecs. */
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#include <sys/uio.h>
#endif
