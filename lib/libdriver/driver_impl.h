/*
 * driver_impl.h - libdriver's private state.
 */
#ifndef _DRIVER_IMPL_H
#define _DRIVER_IMPL_H

#include <stdbool.h>
#include <minix/sef.h>

extern bool drv_restarted;
extern bool drv_reopen_pending;	/* after a restart: until the first open */

#endif
