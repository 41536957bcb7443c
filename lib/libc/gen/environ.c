/*
 * environ.c - the environment array.  NULL until the startup code
 * (lib/libc/sys/libc_start.c) points it at the one exec gave the program;
 * setenv() and putenv() may replace it (stdlib/env.c).
 */
#include "../include/libc_sys.h"

char **environ;
