/*
 * system.h - the kernel-call handlers, one per file in system/, declared
 * from the one list of calls (minix/kcalls.h).
 */
#ifndef _SYSTEM_H
#define _SYSTEM_H

#include "kernel.h"

#define CALL_PROTO(NAME, name)	int do_##name(struct proc *caller, message *m);
KERNEL_CALL_LIST(CALL_PROTO)
#undef CALL_PROTO

#endif
