/*
 * signals - catching, blocking and default actions: handlers for kill and
 * raise, the mask inside a handler, sigprocmask/sigpending/sigsuspend,
 * SIGCHLD, alarm, SIG_IGN, death by signal, EINTR, SA_RESETHAND, kill's
 * probes and permission checks, and what fork and exec keep.
 *
 * Run with "--sigcheck", this program is the helper that exec_* cases
 * run; it exits 0 when its signal state is what exec should leave.
 */
#include <minix/sigframe.h>
#include "t.h"

#define USER_UID	100

static volatile sig_atomic_t caught[NSIG];
static volatile sig_atomic_t last_sig;
static volatile sig_atomic_t blocked_inside;	/* 1 + mask bits seen */

static void catcher(int sig)
{
	caught[sig]++;
	last_sig = sig;
}

/* Records whether SIGUSR1 and SIGUSR2 were blocked while it ran. */
static void mask_watcher(int sig)
{
	sigset_t now;

	sigprocmask(SIG_BLOCK, NULL, &now);
	blocked_inside = 1 + (sigismember(&now, SIGUSR1) ? 2 : 0) +
	    (sigismember(&now, SIGUSR2) ? 4 : 0);
	caught[sig]++;
}

/* Installs handler for sig with the given flags and nothing extra blocked. */
static void catch(int sig, void (*handler)(int), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = flags;
	T_SYS(sigaction(sig, &sa, NULL));
}

static void mask(int how, int sig)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	T_SYS(sigprocmask(how, &s, NULL));
}

/*
 * Sends sig to this process while it is blocked, then unblocks it: the
 * handler must have run when sigprocmask returns.  Cases that test what
 * a handler sees use this, so that they do not depend on kill() to self
 * delivering at once (kill_self_runs_handler tests that).
 */
static void send_self(int sig)
{
	mask(SIG_BLOCK, sig);
	T_SYS(kill(getpid(), sig));
	mask(SIG_UNBLOCK, sig);
}

static void kill_self_runs_handler(void)
{
	catch(SIGUSR1, catcher, 0);
	T_SYS(kill(getpid(), SIGUSR1));
	T_EQ(caught[SIGUSR1], 1);
	T_EQ(last_sig, SIGUSR1);
	T_SYS(kill(getpid(), SIGUSR1));
	T_EQ(caught[SIGUSR1], 2);
}

static void raise_runs_handler(void)
{
	catch(SIGUSR2, catcher, 0);
	T_SYS(raise(SIGUSR2));
	T_EQ(caught[SIGUSR2], 1);
	T_EQ(last_sig, SIGUSR2);
}

static void handler_mask_and_restore(void)
{
	struct sigaction sa;
	sigset_t now;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = mask_watcher;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	T_SYS(sigaction(SIGUSR1, &sa, NULL));
	send_self(SIGUSR1);
	T_EQ(caught[SIGUSR1], 1);
	T_CHECK(blocked_inside == 1 + 2 + 4, "inside the handler SIGUSR1 "
	    "%s and SIGUSR2 %s blocked", blocked_inside & 2 ? "was" : "was not",
	    blocked_inside & 4 ? "was" : "was not");
	T_SYS(sigprocmask(SIG_BLOCK, NULL, &now));
	T_CHECK(!sigismember(&now, SIGUSR1) && !sigismember(&now, SIGUSR2),
	    "the mask was not restored after the handler");
	/* SA_NODEFER leaves the signal itself unblocked. */
	sa.sa_flags = SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	T_SYS(sigaction(SIGUSR1, &sa, NULL));
	send_self(SIGUSR1);
	T_EQ(caught[SIGUSR1], 2);
	T_EQ(blocked_inside, 1);
}

static void sigaction_returns_old(void)
{
	struct sigaction sa, old;

	catch(SIGUSR1, catcher, 0);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	T_SYS(sigaction(SIGUSR1, &sa, &old));
	T_CHECK(old.sa_handler == catcher, "old handler is not the catcher");
	T_SYS(sigaction(SIGUSR1, NULL, &old));
	T_CHECK(old.sa_handler == SIG_IGN, "the handler is not SIG_IGN");
	T_CHECK(signal(SIGUSR1, SIG_DFL) == SIG_IGN, "signal() gave the "
	    "wrong old handler");
	T_SYS(sigaction(SIGUSR1, NULL, &old));
	T_CHECK(old.sa_handler == SIG_DFL, "the handler is not SIG_DFL");
}

static void uncatchable_and_bad_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = catcher;
	sigemptyset(&sa.sa_mask);
	T_ERR(sigaction(SIGKILL, &sa, NULL), EINVAL);
	T_ERR(sigaction(SIGSTOP, &sa, NULL), EINVAL);
	T_ERR(sigaction(0, &sa, NULL), EINVAL);
	T_ERR(sigaction(NSIG, &sa, NULL), EINVAL);
	T_ERR(kill(getpid(), NSIG + 5), EINVAL);
	T_ERR(kill(getpid(), -1), EINVAL);
}

static void blocked_delivered_on_unblock(void)
{
	sigset_t pend;

	catch(SIGUSR1, catcher, 0);
	mask(SIG_BLOCK, SIGUSR1);
	T_SYS(kill(getpid(), SIGUSR1));
	T_SYS(kill(getpid(), SIGUSR1));
	T_EQ(caught[SIGUSR1], 0);
	T_SYS(sigpending(&pend));
	T_CHECK(sigismember(&pend, SIGUSR1), "SIGUSR1 is not pending");
	T_CHECK(!sigismember(&pend, SIGUSR2), "SIGUSR2 is pending");
	mask(SIG_UNBLOCK, SIGUSR1);
	/* Signals do not queue: two sends, one delivery. */
	T_EQ(caught[SIGUSR1], 1);
	T_SYS(sigpending(&pend));
	T_CHECK(!sigismember(&pend, SIGUSR1), "SIGUSR1 still pending");
}

static void sigprocmask_reports_old(void)
{
	sigset_t s, old;

	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	sigaddset(&s, SIGTERM);
	T_SYS(sigprocmask(SIG_SETMASK, &s, NULL));
	sigemptyset(&s);
	sigaddset(&s, SIGHUP);
	T_SYS(sigprocmask(SIG_BLOCK, &s, &old));
	T_CHECK(sigismember(&old, SIGUSR2) && sigismember(&old, SIGTERM) &&
	    !sigismember(&old, SIGHUP), "old mask is wrong");
	T_SYS(sigprocmask(SIG_UNBLOCK, &s, &old));
	T_CHECK(sigismember(&old, SIGHUP), "SIGHUP was not blocked");
	T_SYS(sigprocmask(SIG_SETMASK, NULL, &old));
	T_CHECK(!sigismember(&old, SIGHUP) && sigismember(&old, SIGUSR2),
	    "mask after SIG_UNBLOCK is wrong");
	/* SIGKILL cannot be blocked. */
	sigfillset(&s);
	T_SYS(sigprocmask(SIG_SETMASK, &s, NULL));
	T_SYS(sigprocmask(SIG_SETMASK, NULL, &old));
	T_CHECK(!sigismember(&old, SIGKILL) && !sigismember(&old, SIGSTOP),
	    "SIGKILL or SIGSTOP is blocked");
}

static void sigsuspend_waits_for_signal(void)
{
	sigset_t none, now;
	pid_t pid, parent = getpid();

	catch(SIGUSR1, catcher, 0);
	mask(SIG_BLOCK, SIGUSR1);
	if ((pid = t_fork()) == 0) {
		usleep(200000);
		kill(parent, SIGUSR1);
		_exit(0);
	}
	sigemptyset(&none);
	T_ERR(sigsuspend(&none), EINTR);
	T_EQ(caught[SIGUSR1], 1);
	T_SYS(sigprocmask(SIG_BLOCK, NULL, &now));
	T_CHECK(sigismember(&now, SIGUSR1), "sigsuspend did not restore the "
	    "mask");
	T_EQ(t_exit_code(pid), 0);
}

static void sigchld_on_child_exit(void)
{
	sigset_t none;
	pid_t pid;

	catch(SIGCHLD, catcher, 0);
	mask(SIG_BLOCK, SIGCHLD);
	if ((pid = t_fork()) == 0)
		_exit(3);
	sigemptyset(&none);
	while (caught[SIGCHLD] == 0)
		sigsuspend(&none);
	T_EQ(caught[SIGCHLD], 1);
	T_EQ(t_exit_code(pid), 3);
}

static void alarm_delivers_sigalrm(void)
{
	time_t t0;

	catch(SIGALRM, catcher, 0);
	t0 = time(NULL);
	T_EQ(alarm(1), 0);
	T_ERR(pause(), EINTR);
	T_EQ(caught[SIGALRM], 1);
	T_CHECK(time(NULL) - t0 <= 5, "the alarm took %lld s",
	    (long long) (time(NULL) - t0));
	T_EQ(alarm(10), 0);
	unsigned left = alarm(0);
	T_CHECK(left >= 9 && left <= 10, "alarm(0) says %u s were left", left);
	T_EQ(alarm(0), 0);
}

static void sleep_interrupted_returns_rest(void)
{
	unsigned left;

	catch(SIGALRM, catcher, 0);
	alarm(1);
	left = sleep(10);
	T_EQ(caught[SIGALRM], 1);
	T_CHECK(left >= 6 && left <= 10, "sleep(10) cut after 1 s returned "
	    "%u", left);
}

static void sig_ign_ignores(void)
{
	char c = 'x';
	int p[2];
	pid_t pid;

	T_CHECK(signal(SIGUSR1, SIG_IGN) != SIG_ERR, "signal failed");
	T_CHECK(signal(SIGTERM, SIG_IGN) != SIG_ERR, "signal failed");
	T_SYS(kill(getpid(), SIGUSR1));
	T_SYS(raise(SIGTERM));
	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		/* Ignored dispositions survive fork, and an ignored signal
		 * does not interrupt a blocking read. */
		raise(SIGTERM);
		if (read(p[0], &c, 1) != 1)
			_exit(1);
		_exit(9);
	}
	usleep(200000);
	T_SYS(kill(pid, SIGTERM));
	T_SYS(kill(pid, SIGUSR1));
	usleep(200000);
	T_EQ(write(p[1], &c, 1), 1);
	T_EQ(t_exit_code(pid), 9);
}

/* Forks a child that sets sig to SIG_DFL and pauses; returns once it is
 * ready. */
static pid_t spawn_pauser(int sig)
{
	char c = 'r';
	int p[2];
	pid_t pid;

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		if (sig != SIGKILL)
			signal(sig, SIG_DFL);
		write(p[1], &c, 1);
		for (;;)
			pause();
	}
	T_EQ(read(p[0], &c, 1), 1);
	T_SYS(close(p[0]));
	T_SYS(close(p[1]));
	return pid;
}

static void default_action_kills(void)
{
	static const int sigs[] = { SIGTERM, SIGKILL, SIGUSR1, SIGHUP,
	    SIGINT, SIGALRM };
	int status;

	for (size_t k = 0; k < sizeof sigs / sizeof sigs[0]; k++) {
		pid_t pid = spawn_pauser(sigs[k]);
		T_SYS(kill(pid, sigs[k]));
		status = t_wait(pid);
		T_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == sigs[k],
		    "signal %d gave status %#x", sigs[k], status);
	}
}

static void default_ignore_survives(void)
{
	pid_t pid;

	if ((pid = t_fork()) == 0) {
		raise(SIGCHLD);
		raise(SIGURG);
		raise(SIGWINCH);
		_exit(4);
	}
	T_EQ(t_exit_code(pid), 4);
}

static void eintr_on_pipe_read(void)
{
	char c;
	int p[2];

	catch(SIGALRM, catcher, 0);
	T_SYS(pipe(p));
	alarm(1);
	T_ERR(read(p[0], &c, 1), EINTR);
	T_EQ(caught[SIGALRM], 1);
	T_SYS(close(p[0]));
	T_SYS(close(p[1]));
}

static void sa_resethand_once(void)
{
	struct sigaction old;
	pid_t pid;

	catch(SIGUSR1, catcher, SA_RESETHAND);
	send_self(SIGUSR1);
	T_EQ(caught[SIGUSR1], 1);
	T_SYS(sigaction(SIGUSR1, NULL, &old));
	T_CHECK(old.sa_handler == SIG_DFL, "the handler was not reset");
	if ((pid = t_fork()) == 0) {
		raise(SIGUSR1);
		_exit(0);
	}
	int status = t_wait(pid);
	T_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGUSR1,
	    "the second SIGUSR1 did not kill: status %#x", status);
}

static void kill_zero_probes(void)
{
	pid_t pid;

	T_SYS(kill(getpid(), 0));
	if ((pid = t_fork()) == 0) {
		pause();
		_exit(0);
	}
	T_SYS(kill(pid, 0));
	T_SYS(kill(pid, SIGKILL));
	t_wait(pid);
	T_ERR(kill(pid, 0), ESRCH);
}

/* A process of uid 100 may not signal root's process. */
static void kill_other_user_eperm(void)
{
	pid_t pid, parent = getpid();

	if ((pid = t_fork()) == 0) {
		T_SYS(setuid(USER_UID));
		T_ERR(kill(parent, SIGTERM), EPERM);
		T_ERR(kill(parent, 0), EPERM);
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
}

/* ... but may signal another process of its own uid. */
static void kill_same_user_allowed(void)
{
	pid_t victim, killer;
	int p[2], status;

	T_SYS(pipe(p));
	if ((victim = t_fork()) == 0) {
		T_SYS(setuid(USER_UID));
		close(p[0]);
		close(p[1]);
		for (;;)
			pause();
	}
	if ((killer = t_fork()) == 0) {
		T_SYS(setuid(USER_UID));
		/* Wait until the victim has dropped root too. */
		for (int i = 0; i < 500; i++) {
			if (kill(victim, 0) == 0)
				break;
			usleep(10000);
		}
		T_SYS(kill(victim, 0));
		T_SYS(kill(victim, SIGTERM));
		_exit(0);
	}
	T_EQ(t_exit_code(killer), 0);
	status = t_wait(victim);
	T_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM,
	    "the victim's status is %#x", status);
}

static void kill_group_reaches_children(void)
{
	pid_t pid;
	int status;

	pid = spawn_pauser(SIGUSR2);
	catch(SIGUSR2, catcher, 0);
	mask(SIG_BLOCK, SIGUSR2);
	T_SYS(kill(0, SIGUSR2));
	mask(SIG_UNBLOCK, SIGUSR2);
	T_EQ(caught[SIGUSR2], 1);
	status = t_wait(pid);
	T_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGUSR2,
	    "the child's status is %#x", status);
}

/* A child starts with no pending signals, but the parent's mask. */
static void fork_clears_pending_keeps_mask(void)
{
	pid_t pid;

	catch(SIGUSR1, catcher, 0);
	mask(SIG_BLOCK, SIGUSR1);
	T_SYS(raise(SIGUSR1));
	if ((pid = t_fork()) == 0) {
		sigset_t s;
		sigpending(&s);
		if (sigismember(&s, SIGUSR1))
			_exit(1);
		sigprocmask(SIG_BLOCK, NULL, &s);
		if (!sigismember(&s, SIGUSR1))
			_exit(2);
		_exit(0);
	}
	int code = t_exit_code(pid);
	T_CHECK(code != 1, "the child inherited a pending signal");
	T_CHECK(code != 2, "the child lost the signal mask");
	T_EQ(code, 0);
	mask(SIG_UNBLOCK, SIGUSR1);
	T_EQ(caught[SIGUSR1], 1);
}

/* The helper: after exec, SIGUSR1 (caught) is SIG_DFL, SIGUSR2 stays
 * ignored, SIGHUP stays blocked. */
static int sigcheck(void)
{
	struct sigaction sa;
	sigset_t s;

	sigaction(SIGUSR1, NULL, &sa);
	if (sa.sa_handler != SIG_DFL)
		return 2;
	sigaction(SIGUSR2, NULL, &sa);
	if (sa.sa_handler != SIG_IGN)
		return 3;
	sigprocmask(SIG_BLOCK, NULL, &s);
	if (!sigismember(&s, SIGHUP))
		return 4;
	return 0;
}

static void exec_resets_caught_keeps_ignored(void)
{
	pid_t pid;
	int code;

	catch(SIGUSR1, catcher, 0);
	signal(SIGUSR2, SIG_IGN);
	mask(SIG_BLOCK, SIGHUP);
	if ((pid = t_fork()) == 0) {
		execl(t_self, "signals", "--sigcheck", (char *) NULL);
		T_FAIL("execl %s: %s", t_self, t_errname(errno));
	}
	code = t_exit_code(pid);
	T_CHECK(code != 2, "a caught signal was not reset to SIG_DFL");
	T_CHECK(code != 3, "an ignored signal was not kept ignored");
	T_CHECK(code != 4, "the signal mask was not kept");
	T_EQ(code, 0);
}

/* A handler that forges its own signal context: an FPU state whose MXCSR
 * has reserved bits set, which the CPU would refuse to load (a fault in
 * the kernel, were the kernel to load it).  The frame's pointer to the
 * context follows the handler's argument (minix/sigframe.h). */
static void forger(int sig)
{
	uintptr_t arg = (uintptr_t) &sig;
	struct sigcontext *sc = *(struct sigcontext **) (arg + sizeof(int));
	uint32_t bad = 0xFFFFFFFF;

	sc->sc_flags |= SC_FPU_VALID;
	memcpy(sc->sc_fpu + 24, &bad, sizeof(bad));	/* MXCSR */
}

static void forged_fpu_state_ends_with_sigsegv(void)
{
	int status;
	pid_t pid;

	if ((pid = t_fork()) == 0) {
		volatile double x = 1.5;

		x *= 2.0;			/* the FPU is in use */
		catch(SIGUSR1, forger, 0);
		raise(SIGUSR1);
		_exit(x == 3.0 ? 3 : 4);	/* not reached */
	}
	status = t_wait(pid);
	T_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
	    "a forged FPU state gave status %#x", status);
}

static volatile sig_atomic_t usr1_seen;

static void on_usr1(int sig)
{
	(void) sig;
	usr1_seen++;
}

/* kill(-1) reaches every process the caller may signal, itself too (as
 * POSIX says); an unused uid, so that nothing else is its to signal. */
static void kill_minus_one_reaches_the_caller(void)
{
	pid_t pid;

	if ((pid = t_fork()) == 0) {
		signal(SIGUSR1, on_usr1);
		if (setuid(4242) < 0 || kill(-1, SIGUSR1) < 0)
			_exit(2);
		_exit(usr1_seen == 1 ? 0 : 1);
	}
	T_EQ(t_exit_code(pid), 0);
}

static const struct t_case cases[] = {
	{ "kill_self_runs_handler", kill_self_runs_handler, 0 },
	{ "raise_runs_handler", raise_runs_handler, 0 },
	{ "handler_mask_and_restore", handler_mask_and_restore, 0 },
	{ "sigaction_returns_old", sigaction_returns_old, 0 },
	{ "uncatchable_and_bad_signals", uncatchable_and_bad_signals, 0 },
	{ "blocked_delivered_on_unblock", blocked_delivered_on_unblock, 0 },
	{ "sigprocmask_reports_old", sigprocmask_reports_old, 0 },
	{ "sigsuspend_waits_for_signal", sigsuspend_waits_for_signal, 0 },
	{ "sigchld_on_child_exit", sigchld_on_child_exit, 0 },
	{ "alarm_delivers_sigalrm", alarm_delivers_sigalrm, 0 },
	{ "sleep_interrupted_returns_rest", sleep_interrupted_returns_rest, 0 },
	{ "sig_ign_ignores", sig_ign_ignores, 0 },
	{ "default_action_kills", default_action_kills, 0 },
	{ "default_ignore_survives", default_ignore_survives, 0 },
	{ "eintr_on_pipe_read", eintr_on_pipe_read, 0 },
	{ "sa_resethand_once", sa_resethand_once, 0 },
	{ "kill_zero_probes", kill_zero_probes, 0 },
	{ "kill_other_user_eperm", kill_other_user_eperm, 0 },
	{ "kill_same_user_allowed", kill_same_user_allowed, 0 },
	{ "kill_group_reaches_children", kill_group_reaches_children, 0 },
	{ "kill_minus_one_reaches_the_caller",
	    kill_minus_one_reaches_the_caller, 0 },
	{ "fork_clears_pending_keeps_mask", fork_clears_pending_keeps_mask, 0 },
	{ "exec_resets_caught_keeps_ignored",
	    exec_resets_caught_keeps_ignored, 0 },
	{ "forged_fpu_state_ends_with_sigsegv",
	    forged_fpu_state_ends_with_sigsegv, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--sigcheck") == 0)
		return sigcheck();
	return t_main(argc, argv, cases, NULL);
}
