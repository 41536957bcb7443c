/*
 * minix/pm.h - what system processes ask of PM (lib/libsys/pm.c; the
 * protocol is msg/pm.h).
 *
 * A driver waits on PM only through these calls, and only where PM
 * cannot be waiting on the driver (docs/architecture.md, "Who may
 * sendrec whom").
 */
#ifndef _MINIX_PM_H
#define _MINIX_PM_H

#include <sys/types.h>
#include <minix/types.h>
#include <minix/msg/pm.h>

/* A terminal asks PM to stop the group of ep, which read (SIGTTIN) or
 * changed or (TOSTOP) wrote (SIGTTOU) it from the background.  Waits for
 * PM's answer: JOBSIG_SENT, JOBSIG_IGNORED, or a negated error (EIO:
 * an orphaned group). */
int pm_job_signal(endpoint_t ep, int sig);

/* Signal process group pgrp as kill(-pgrp, sig) would.  Never waits:
 * the signal goes when PM gets to it.  OK, or the error of the send. */
int pm_signal_group(pid_t pgrp, int sig);

#endif
