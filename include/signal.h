/*
 * signal.h - signal numbers and the calls that handle them.
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#define SIGHUP		1
#define SIGINT		2
#define SIGQUIT		3
#define SIGILL		4
#define SIGTRAP		5
#define SIGABRT		6
#define SIGIOT		SIGABRT	/* its PDP-11 name */
#define SIGBUS		7
#define SIGFPE		8
#define SIGKILL		9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGSYS		31
#define _NSIG		32
#define NSIG		_NSIG

#ifndef _KERNEL
#include <sys/types.h>

typedef unsigned int sigset_t;		/* bit (sig - 1) for each signal */
typedef void (*sighandler_t)(int);
typedef int sig_atomic_t;

#define SIG_DFL		((sighandler_t) 0)
#define SIG_IGN		((sighandler_t) 1)
#define SIG_ERR		((sighandler_t) -1)

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

#define SA_RESTART	0x0001		/* accepted; calls return EINTR anyway */
#define SA_NODEFER	0x0002		/* do not block the signal in its handler */
#define SA_RESETHAND	0x0004		/* back to SIG_DFL once caught */
#define SA_NOCLDSTOP	0x0008

/* A stack to run on: ucontext's uc_stack (there is no sigaltstack). */
typedef struct {
	void *ss_sp;
	size_t ss_size;
	int ss_flags;
} stack_t;

#define MINSIGSTKSZ	4096
#define SIGSTKSZ	16384

struct sigaction {
	sighandler_t sa_handler;
	sigset_t sa_mask;
	int sa_flags;
};

int sigaction(int sig, const struct sigaction *act, struct sigaction *oact);
sighandler_t signal(int sig, sighandler_t handler);
int sigprocmask(int how, const sigset_t *set, sigset_t *oset);
int sigsuspend(const sigset_t *mask);
int sigpending(sigset_t *set);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
int kill(pid_t pid, int sig);
int killpg(pid_t pgrp, int sig);
int raise(int sig);
#endif

#endif
