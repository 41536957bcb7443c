/*
 * exit.c - the end of a program: atexit(), exit() and _Exit().
 *
 * exit() runs the atexit() handlers, newest first, then flushes every
 * stdio stream and ends the process.  The flush is reached through a weak
 * reference so that a program that never uses stdio does not link it in:
 * a program that has streams has linked the code that defines it.
 */
#include <limits.h>
#include <stdlib.h>
#include "../include/libc_sys.h"

void __stdio_flush_all(void);
#pragma weak __stdio_flush_all

static void (*handlers[ATEXIT_MAX])(void);
static int nhandlers;

int atexit(void (*func)(void))
{
	if (nhandlers == ATEXIT_MAX)
		return -1;
	handlers[nhandlers++] = func;
	return 0;
}

void exit(int status)
{
	/* A handler may itself call atexit(); take one at a time. */
	while (nhandlers > 0)
		handlers[--nhandlers]();
	if (__stdio_flush_all != NULL)
		__stdio_flush_all();
	_exit(status);
}

void _Exit(int status)
{
	_exit(status);
}
