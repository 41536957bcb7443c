/*
 * abort.c - end the program abnormally.
 *
 * If anything in the program defines __libc_abort_hook() (declared in
 * <stdlib.h>), it runs first, e.g. to raise SIGABRT.  Then the process
 * ends with status 134, as a shell reports death by SIGABRT (128 + 6).
 * Streams are not flushed: their state may be what went wrong.
 */
#include <stdlib.h>
#include "../include/libc_sys.h"

#pragma weak __libc_abort_hook

void abort(void)
{
	if (__libc_abort_hook != NULL)
		__libc_abort_hook();
	_exit(134);
}
