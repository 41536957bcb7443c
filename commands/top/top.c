/*
 * top - the processes that use the processor, refreshed.
 *
 *	top [-b] [-d seconds] [-n frames]
 *
 * Each frame shows the time, the uptime, the users and the load
 * averages; how many processes are in each state; how the processor's
 * time went since the last frame (user, system, idle: the kernel's
 * idle task); memory; and then the processes, system services and the
 * kernel's tasks included, busiest first: pid, user, scheduling queue
 * and nice value, memory, state, share of the processor since the last
 * frame, processor time in all, and name.  A frame comes every seconds
 * (2 by default); the screen is redrawn in place, and 'q' (or ^C)
 * leaves.  -b writes frames one after another to standard output, for
 * a file or a pipe; -n stops after that many frames.
 */
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <utmpx.h>
#include <minix/com.h>
#include <minix/kinfo.h>
#include <minix/sysinfo.h>

#define MAX_PROCS	260

struct sample {
	struct pm_procinfo p[MAX_PROCS];
	int n;
	struct pm_sysinfo si;
};

struct row {
	const struct pm_procinfo *p;
	unsigned cpu;			/* ticks since the last frame */
};

static struct termios saved;
static int raw;

static void usage(void)
{
	fputs("usage: top [-b] [-d seconds] [-n frames]\n", stderr);
	exit(1);
}

static void take(struct sample *s)
{
	if ((s->n = getprocs(s->p, MAX_PROCS)) < 0 || getsysinfo(&s->si) < 0) {
		perror("top");
		exit(1);
	}
}

/* p's user and system ticks in the earlier sample (zeros if it was
 * not there: the same pid and endpoint, not a newcomer in its slot). */
static void before(const struct sample *old, const struct pm_procinfo *p,
    unsigned *user, unsigned *sys)
{
	*user = *sys = 0;
	for (int i = 0; i < old->n; i++)
		if (old->p[i].pi_pid == p->pi_pid &&
		    old->p[i].pi_endpoint == p->pi_endpoint &&
		    old->p[i].pi_user_ticks <= p->pi_user_ticks &&
		    old->p[i].pi_sys_ticks <= p->pi_sys_ticks) {
			*user = old->p[i].pi_user_ticks;
			*sys = old->p[i].pi_sys_ticks;
		}
}

static unsigned used(const struct sample *old, const struct pm_procinfo *p)
{
	unsigned u, s;

	before(old, p, &u, &s);
	return p->pi_user_ticks - u + p->pi_sys_ticks - s;
}

static int busiest(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->cpu != y->cpu)
		return x->cpu < y->cpu ? 1 : -1;
	return x->p->pi_pid - y->p->pi_pid;
}

static const char *user_name(unsigned uid)
{
	static char buf[16];
	struct passwd *pw = getpwuid(uid);

	if (pw != NULL)
		return pw->pw_name;
	snprintf(buf, sizeof(buf), "%u", uid);
	return buf;
}

static int users(void)
{
	struct utmpx *u;
	int n = 0;

	setutxent();
	while ((u = getutxent()) != NULL)
		n += u->ut_type == USER_PROCESS;
	endutxent();
	return n;
}

static double percent(unsigned part, unsigned whole)
{
	return whole == 0 ? 0.0 : 100.0 * part / whole;
}

/* The lines above the table. */
static void summary(const struct sample *cur, const struct sample *old)
{
	const struct pm_sysinfo *si = &cur->si;
	unsigned long up = si->si_uptime / si->si_hz;
	unsigned span = si->si_uptime - old->si.si_uptime;
	unsigned user = 0, sys = 0, idle = 0, u, s;
	int states[4] = { 0 }, n = users();	/* R S T Z */
	time_t now = time(NULL);
	struct tm *tm = gmtime(&now);

	for (int i = 0; i < cur->n; i++) {
		const struct pm_procinfo *p = &cur->p[i];
		const char *at = strchr("RSTZ", p->pi_state);

		before(old, p, &u, &s);
		if (p->pi_endpoint == IDLE) {
			idle += p->pi_user_ticks - u + p->pi_sys_ticks - s;
			continue;
		}
		user += p->pi_user_ticks - u;
		sys += p->pi_sys_ticks - s;
		if (at != NULL && p->pi_pid > 0)
			states[at - "RSTZ"]++;
	}
	printf("top - %02d:%02d:%02d up %lu:%02lu, %d user%s, load average: "
	    "%.2f, %.2f, %.2f\n", tm != NULL ? tm->tm_hour : 0,
	    tm != NULL ? tm->tm_min : 0, tm != NULL ? tm->tm_sec : 0,
	    up / 3600, up / 60 % 60, n, n == 1 ? "" : "s",
	    (double) si->si_loadavg[0] / LOAD_SCALE,
	    (double) si->si_loadavg[1] / LOAD_SCALE,
	    (double) si->si_loadavg[2] / LOAD_SCALE);
	printf("Processes: %u total, %d running, %d sleeping, %d stopped, "
	    "%d zombie\n", si->si_procs, states[0], states[1], states[2],
	    states[3]);
	printf("CPU: %5.1f%% user, %5.1f%% system, %5.1f%% idle\n",
	    percent(user, span), percent(sys, span), percent(idle, span));
	printf("Memory: %uK total, %uK free\n\n", si->si_mem_total / 1024,
	    si->si_mem_free / 1024);
}

/* The table, busiest first; at most lines of it (0: all). */
static void table(const struct sample *cur, const struct sample *old,
    int lines)
{
	static struct row rows[MAX_PROCS];
	unsigned span = cur->si.si_uptime - old->si.si_uptime;
	int n = 0;

	for (int i = 0; i < cur->n; i++) {
		rows[n].p = &cur->p[i];
		rows[n++].cpu = used(old, &cur->p[i]);
	}
	qsort(rows, (size_t) n, sizeof(rows[0]), busiest);
	printf("  PID USER     PRI  NI   SIZE S  %%CPU     TIME NAME\n");
	for (int i = 0; i < n && (lines <= 0 || i < lines); i++) {
		const struct pm_procinfo *p = rows[i].p;
		unsigned secs = (p->pi_user_ticks + p->pi_sys_ticks) /
		    cur->si.si_hz;

		printf("%5d %-8.8s %3u %3d %5uK %c %5.1f %5u:%02u %s\n",
		    p->pi_pid, user_name(p->pi_uid), p->pi_queue, p->pi_nice,
		    p->pi_mem / 1024, p->pi_state, percent(rows[i].cpu, span),
		    secs / 60, secs % 60, p->pi_name);
	}
}

static void frame(const struct sample *cur, const struct sample *old,
    int batch, int rows)
{
	if (!batch)
		fputs("\033[H\033[2J", stdout);
	summary(cur, old);
	table(cur, old, batch ? 0 : rows - 7);
	if (batch)
		putchar('\n');
	fflush(stdout);
}

static void __attribute__((noreturn)) leave(int sig)
{
	(void) sig;
	if (raw)
		tcsetattr(0, TCSAFLUSH, &saved);
	fputs("\n", stdout);
	fflush(stdout);
	_exit(0);
}

/* Interactive: no echo, keys one at a time, a read that gives up
 * after the wait (tenths of a second, at most 255). */
static void keys_raw(int tenths)
{
	struct termios t;

	if (tcgetattr(0, &saved) < 0)
		return;
	t = saved;
	t.c_lflag &= ~(tcflag_t) (ICANON | ECHO);
	t.c_cc[VMIN] = 0;
	t.c_cc[VTIME] = (cc_t) (tenths > 255 ? 255 : tenths);
	raw = tcsetattr(0, TCSAFLUSH, &t) == 0;
}

/* Wait the time between frames: whether 'q' was typed meanwhile. */
static int wait_frame(int batch, int tenths)
{
	char c;

	if (batch || !raw) {
		usleep((unsigned) tenths * 100000u);
		return 0;
	}
	return read(0, &c, 1) == 1 && (c == 'q' || c == 'Q');
}

int main(int argc, char **argv)
{
	static struct sample a, b;
	struct sample *old = &a, *cur = &b, *t;
	struct winsize ws;
	int c, batch = 0, frames = 0, rows = 24, tenths = 20;
	char *end;
	double d;

	while ((c = getopt(argc, argv, "bd:n:")) != -1) {
		switch (c) {
		case 'b': batch = 1; break;
		case 'd':
			d = strtod(optarg, &end);
			if (*end != '\0' || d < 0.1 || d > 3600)
				usage();
			tenths = (int) (d * 10 + 0.5);
			break;
		case 'n':
			frames = (int) strtol(optarg, &end, 10);
			if (*end != '\0' || frames < 1)
				usage();
			break;
		default: usage();
		}
	}
	if (optind != argc)
		usage();
	if (!batch && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 8)
		rows = ws.ws_row;
	if (!batch) {
		keys_raw(tenths);
		signal(SIGINT, leave);
		signal(SIGTERM, leave);
	}
	take(old);
	usleep(500000);			/* the first frame's span */
	for (int shown = 0;;) {
		take(cur);
		frame(cur, old, batch, rows);
		if (frames > 0 && ++shown == frames)
			break;
		if (wait_frame(batch, tenths))
			break;
		t = old, old = cur, cur = t;
	}
	leave(0);
}
