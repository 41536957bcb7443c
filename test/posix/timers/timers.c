/*
 * timers - interval timers: setitimer and getitimer for ITIMER_REAL
 * (wall time, SIGALRM, shared with alarm), ITIMER_VIRTUAL (the process's
 * user time, SIGVTALRM) and ITIMER_PROF (its user and system time,
 * SIGPROF): they fire, repeat at their interval, count down, stop, stay
 * out of a forked child, and refuse bad arguments.
 */
#include <sys/time.h>
#include <sys/times.h>
#include <minix/config.h>
#include <minix/ipc.h>
#include "t.h"

static volatile sig_atomic_t fired[_NSIG];

static void count(int sig)
{
	fired[sig]++;
}

static void catch(int sig)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = count;
	T_SYS(sigaction(sig, &sa, NULL));
}

static struct itimerval itv(long value_us, long interval_us)
{
	struct itimerval v;

	v.it_value.tv_sec = value_us / 1000000;
	v.it_value.tv_usec = value_us % 1000000;
	v.it_interval.tv_sec = interval_us / 1000000;
	v.it_interval.tv_usec = interval_us % 1000000;
	return v;
}

static long usec(const struct timeval *tv)
{
	return (long) tv->tv_sec * 1000000 + tv->tv_usec;
}

/* Waits with sigsuspend until sig has come n times. */
static void wait_for(int sig, int n)
{
	sigset_t none;

	sigemptyset(&none);
	while (fired[sig] < n)
		sigsuspend(&none);
}

static void real_fires_and_repeats(void)
{
	struct itimerval v = itv(50000, 50000), old;
	sigset_t block;

	catch(SIGALRM);
	sigemptyset(&block);
	sigaddset(&block, SIGALRM);
	T_SYS(sigprocmask(SIG_BLOCK, &block, NULL));
	T_SYS(setitimer(ITIMER_REAL, &v, NULL));
	wait_for(SIGALRM, 4);
	T_SYS(getitimer(ITIMER_REAL, &old));
	T_EQ(usec(&old.it_interval), 50000);
	T_CHECK(usec(&old.it_value) > 0 && usec(&old.it_value) <= 50000,
	    "%ld us to go", usec(&old.it_value));
	v = itv(0, 0);
	T_SYS(setitimer(ITIMER_REAL, &v, &old));
	T_EQ(usec(&old.it_interval), 50000);
	T_SYS(getitimer(ITIMER_REAL, &old));
	T_EQ(usec(&old.it_value), 0);
	T_EQ(usec(&old.it_interval), 0);
}

static void real_counts_down_and_shares_alarm(void)
{
	struct itimerval v = itv(10000000, 0), old;
	unsigned left;

	T_SYS(setitimer(ITIMER_REAL, &v, NULL));
	T_SYS(getitimer(ITIMER_REAL, &old));
	T_CHECK(usec(&old.it_value) > 9000000 &&
	    usec(&old.it_value) <= 10000000, "%ld us to go",
	    usec(&old.it_value));
	/* alarm() is the same timer. */
	left = alarm(3);
	T_CHECK(left == 10 || left == 9, "alarm found %u s to go", left);
	T_SYS(getitimer(ITIMER_REAL, &old));
	T_CHECK(usec(&old.it_value) > 2000000 &&
	    usec(&old.it_value) <= 3000000, "after alarm(3): %ld us",
	    usec(&old.it_value));
	alarm(0);
	T_SYS(getitimer(ITIMER_REAL, &old));
	T_EQ(usec(&old.it_value), 0);
}

/* A short value rounds up to a tick, never down to nothing. */
static void tiny_value_still_fires(void)
{
	struct itimerval v = itv(1, 0);

	catch(SIGALRM);
	T_SYS(setitimer(ITIMER_REAL, &v, NULL));
	wait_for(SIGALRM, 1);
}

static volatile unsigned long spin;

/* Runs in user mode until sig has come n times (or seconds pass). */
static void spin_until(int sig, int n, int seconds)
{
	time_t end = time(NULL) + seconds;

	while (fired[sig] < n && time(NULL) < end)
		for (int i = 0; i < 100000; i++)
			spin++;
}

static void virtual_counts_user_time(void)
{
	struct itimerval v = itv(100000, 100000);
	struct tms t0, t1;

	catch(SIGVTALRM);
	times(&t0);
	T_SYS(setitimer(ITIMER_VIRTUAL, &v, NULL));
	spin_until(SIGVTALRM, 3, 20);
	times(&t1);
	T_CHECK(fired[SIGVTALRM] >= 3, "%d SIGVTALRM in 20 s",
	    (int) fired[SIGVTALRM]);
	/* Three intervals of 100 ms: 30 ticks of user time at least. */
	T_CHECK(t1.tms_utime - t0.tms_utime >= 29, "%lu ticks of user time",
	    (unsigned long) (t1.tms_utime - t0.tms_utime));
	v = itv(0, 0);
	T_SYS(setitimer(ITIMER_VIRTUAL, &v, NULL));
}

/* Waiting is no user time: the virtual timer stands still meanwhile. */
static void virtual_stands_still_while_waiting(void)
{
	struct itimerval v = itv(2000000, 0), r = itv(300000, 0), old;

	catch(SIGALRM);
	catch(SIGVTALRM);
	T_SYS(setitimer(ITIMER_VIRTUAL, &v, NULL));
	T_SYS(setitimer(ITIMER_REAL, &r, NULL));
	wait_for(SIGALRM, 1);
	T_SYS(getitimer(ITIMER_VIRTUAL, &old));
	T_CHECK(usec(&old.it_value) > 1800000, "the virtual timer ran down "
	    "to %ld us while the process waited", usec(&old.it_value));
	T_EQ(fired[SIGVTALRM], 0);
}

static void prof_counts_user_and_system_time(void)
{
	struct itimerval v = itv(100000, 0), old;
	time_t end = time(NULL) + 20;

	catch(SIGPROF);
	T_SYS(setitimer(ITIMER_PROF, &v, NULL));
	/* System calls as well as computing: both count. */
	while (fired[SIGPROF] == 0 && time(NULL) < end)
		(void) getppid();
	T_EQ(fired[SIGPROF], 1);
	T_SYS(getitimer(ITIMER_PROF, &old));
	T_EQ(usec(&old.it_value), 0);		/* no interval: it stopped */
}

/* The default action of SIGVTALRM and SIGPROF ends the process. */
static void prof_default_kills(void)
{
	struct itimerval v = itv(50000, 0);
	int status;
	pid_t pid;

	if ((pid = t_fork()) == 0) {
		signal(SIGPROF, SIG_DFL);
		setitimer(ITIMER_PROF, &v, NULL);
		spin_until(SIGPROF, 1, 20);
		_exit(0);
	}
	status = t_wait(pid);
	T_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGPROF,
	    "status %#x", status);
}

static void fork_child_has_no_timers(void)
{
	struct itimerval v = itv(10000000, 1000000), old;
	pid_t pid;

	T_SYS(setitimer(ITIMER_REAL, &v, NULL));
	T_SYS(setitimer(ITIMER_VIRTUAL, &v, NULL));
	T_SYS(setitimer(ITIMER_PROF, &v, NULL));
	if ((pid = t_fork()) == 0) {
		for (int w = ITIMER_REAL; w <= ITIMER_PROF; w++) {
			T_SYS(getitimer(w, &old));
			T_CHECK(usec(&old.it_value) == 0 &&
			    usec(&old.it_interval) == 0,
			    "timer %d: %ld us, interval %ld us", w,
			    usec(&old.it_value), usec(&old.it_interval));
		}
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(getitimer(ITIMER_VIRTUAL, &old));
	T_EQ(usec(&old.it_interval), 1000000);
	v = itv(0, 0);
	for (int w = ITIMER_REAL; w <= ITIMER_PROF; w++)
		T_SYS(setitimer(w, &v, NULL));
}

static void bad_arguments_einval(void)
{
	struct itimerval v = itv(1000, 0), old;

	T_ERR(setitimer(3, &v, NULL), EINVAL);
	T_ERR(setitimer(-1, &v, NULL), EINVAL);
	T_ERR(getitimer(7, &old), EINVAL);
	v.it_value.tv_usec = 1000000;
	T_ERR(setitimer(ITIMER_REAL, &v, NULL), EINVAL);
	v = itv(1000, 0);
	v.it_interval.tv_usec = -1;
	T_ERR(setitimer(ITIMER_PROF, &v, NULL), EINVAL);
	v = itv(0, 0);
	v.it_value.tv_sec = -5;
	T_ERR(setitimer(ITIMER_VIRTUAL, &v, NULL), EINVAL);
}

/* An alarm further off than PM keeps time is set as far off as it can
 * be, never wrapped round into one that fires at once or into none. */
static void far_alarm_is_set_not_lost(void)
{
	unsigned int left;

	catch(SIGALRM);
	T_EQ(alarm(0xFFFFFFFFu), 0);
	usleep(200000);
	T_EQ(fired[SIGALRM], 0);
	left = alarm(0);
	T_CHECK(left >= ALARM_TICKS_MAX / HZ - 5, "alarm(0) says %u s left",
	    left);
	T_EQ(alarm(0), 0);
}

static const struct t_case cases[] = {
	{ "real_fires_and_repeats", real_fires_and_repeats, 0 },
	{ "real_counts_down_and_shares_alarm",
	    real_counts_down_and_shares_alarm, 0 },
	{ "tiny_value_still_fires", tiny_value_still_fires, 0 },
	{ "virtual_counts_user_time", virtual_counts_user_time, 60 },
	{ "virtual_stands_still_while_waiting",
	    virtual_stands_still_while_waiting, 0 },
	{ "prof_counts_user_and_system_time",
	    prof_counts_user_and_system_time, 60 },
	{ "prof_default_kills", prof_default_kills, 60 },
	{ "fork_child_has_no_timers", fork_child_has_no_timers, 0 },
	{ "bad_arguments_einval", bad_arguments_einval, 0 },
	{ "far_alarm_is_set_not_lost", far_alarm_is_set_not_lost, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}
