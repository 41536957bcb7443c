/*
 * errno.c - the error number of the last call that failed.
 */
#include <errno.h>

int errno;
