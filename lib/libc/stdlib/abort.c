/*
 * abort.c - end the program abnormally.
 *
 * __libc_abort_hook() (the system-call side of libc, sys/proc.c) raises
 * SIGABRT.  If the process survives that, it ends with status 134, as a
 * shell reports death by SIGABRT (128 + 6).
 * Streams are not flushed: their state may be what went wrong.
 */
#include <stdlib.h>
#include "../include/libc_sys.h"

void abort(void)
{
	__libc_abort_hook();
	_exit(134);
}
