/*
 * kernel.h - what every kernel file includes.
 */
#ifndef _KERNEL_H
#define _KERNEL_H

#define _KERNEL 1

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <errno.h>
#include <minix/config.h>
#include <minix/types.h>
#include <minix/endpoint.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/priv.h>
#include <signal.h>
#include "archconst.h"
#include "archtypes.h"
#include "cpu.h"
#include "proc.h"
#include "priv.h"
#include "glo.h"
#include "proto.h"
#include "switch.h"
#include "umap.h"
#include "sched.h"

#define phys_to_vir(p)	((void *) ((phys_bytes) (p) + KERNBASE))
#define vir_to_phys(v)	((phys_bytes) (v) - KERNBASE)

#define MIN(a, b)	((a) < (b) ? (a) : (b))
#define MAX(a, b)	((a) > (b) ? (a) : (b))
#define ELEMENTS(a)	(sizeof(a) / sizeof((a)[0]))

/* A broken invariant of the kernel's own is a panic, never an error code. */
#define KASSERT(c)	do { if (!(c)) panic("%s:%d: assertion %s failed", \
				__FILE__, __LINE__, #c); } while (0)

#endif
