/*
 * system.h - the kernel-call handlers, one per file in system/.
 */
#ifndef _SYSTEM_H
#define _SYSTEM_H

#include "kernel.h"

int do_getinfo(struct proc *caller, message *m);
int do_times(struct proc *caller, message *m);
int do_setalarm(struct proc *caller, message *m);
int do_devio(struct proc *caller, message *m);
int do_vdevio(struct proc *caller, message *m);
int do_irqctl(struct proc *caller, message *m);
int do_privctl(struct proc *caller, message *m);
int do_setgrant(struct proc *caller, message *m);
int do_safecopyfrom(struct proc *caller, message *m);
int do_safecopyto(struct proc *caller, message *m);
int do_kill(struct proc *caller, message *m);
int do_runctl(struct proc *caller, message *m);
int do_statectl(struct proc *caller, message *m);
int do_exit(struct proc *caller, message *m);
int do_abort(struct proc *caller, message *m);
int do_diagctl(struct proc *caller, message *m);
int do_fork(struct proc *caller, message *m);
int do_exec(struct proc *caller, message *m);
int do_memmap(struct proc *caller, message *m);
int do_vircopy(struct proc *caller, message *m);
int do_getksig(struct proc *caller, message *m);
int do_endksig(struct proc *caller, message *m);
int do_sigsend(struct proc *caller, message *m);
int do_sigreturn(struct proc *caller, message *m);
int do_dmaalloc(struct proc *caller, message *m);

#endif
