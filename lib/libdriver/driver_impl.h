/*
 * driver_impl.h - libdriver's private state.
 */
#ifndef _DRIVER_IMPL_H
#define _DRIVER_IMPL_H

#include <stdbool.h>
#include <minix/types.h>
#include <minix/sef.h>

extern bool drv_restarted;

/* reopen.c: after a restart, a client is served once it has opened. */
void drv_reopen_start(void);
bool drv_reopen_needed(endpoint_t client, bool is_open);

#endif
