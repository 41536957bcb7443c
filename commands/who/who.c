/*
 * who - who is logged in.
 *
 *	who [-mTu] [-bHq] [am i]
 *
 * One line per login session in /var/run/utmp (login writes it): the
 * user, the terminal and when the session began (UTC).  -m (or the
 * operands "am i") only the session on the standard input's terminal;
 * -T adds whether others may write to the terminal (+, - or ?); -u adds
 * how long it has been idle (. for less than a minute) and the session's
 * pid; -H a line of headings first; -b the time of the last boot
 * instead; -q only the names and their count.  Not offered: -a, -d, -l,
 * -p, -r and -t, which speak of init's records Resurgo does not keep.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utmpx.h>
#include <minix/sysinfo.h>

struct opts {
	int me, state, idle, heads, boot, quick;
};

static void usage(void)
{
	fputs("usage: who [-mTu] [-bHq] [am i]\n", stderr);
	exit(1);
}

static void when(time_t t, char *buf, size_t len)
{
	struct tm *tm = gmtime(&t);

	if (tm == NULL || strftime(buf, len, "%Y-%m-%d %H:%M", tm) == 0)
		snprintf(buf, len, "?");
}

/* -T's mark and -u's idle time, from the terminal's node. */
static void tty_state(const struct utmpx *u, char *mark, char *idle,
    size_t len)
{
	char path[64];
	struct stat st;
	time_t now = time(NULL);

	snprintf(path, sizeof(path), "/dev/%.*s", (int) sizeof(u->ut_line),
	    u->ut_line);
	if (stat(path, &st) < 0) {
		*mark = '?';
		snprintf(idle, len, "?");
		return;
	}
	*mark = (st.st_mode & S_IWGRP) ? '+' : '-';
	if (now - st.st_atime < 60)
		snprintf(idle, len, ".");
	else if (now - st.st_atime < 24 * 3600)
		snprintf(idle, len, "%02ld:%02ld",
		    (long) ((now - st.st_atime) / 3600),
		    (long) ((now - st.st_atime) / 60 % 60));
	else
		snprintf(idle, len, "old");
}

static void show(const struct utmpx *u, const struct opts *o)
{
	char t[32], idle[16], mark = ' ';

	when(u->ut_tv.tv_sec, t, sizeof(t));
	tty_state(u, &mark, idle, sizeof(idle));
	printf("%-8.*s ", (int) sizeof(u->ut_user), u->ut_user);
	if (o->state)
		printf("%c ", mark);
	printf("%-12.*s %s", (int) sizeof(u->ut_line), u->ut_line, t);
	if (o->idle)
		printf(" %5s %10ld", idle, (long) u->ut_pid);
	putchar('\n');
}

/* The terminal of standard input, as utmp names it ("console"). */
static const char *my_line(void)
{
	const char *name = ttyname(0);

	return name == NULL ? NULL : strncmp(name, "/dev/", 5) == 0 ?
	    name + 5 : name;
}

static int sessions(const struct opts *o)
{
	const char *mine = o->me ? my_line() : NULL;
	struct utmpx *u;
	int n = 0;

	if (o->me && mine == NULL)
		return 0;
	setutxent();
	while ((u = getutxent()) != NULL) {
		if (u->ut_type != USER_PROCESS || (mine != NULL &&
		    strncmp(u->ut_line, mine, sizeof(u->ut_line)) != 0))
			continue;
		if (o->quick)
			printf("%s%.*s", n > 0 ? " " : "",
			    (int) sizeof(u->ut_user), u->ut_user);
		else
			show(u, o);
		n++;
	}
	endutxent();
	if (o->quick)
		printf("\n# users=%d\n", n);
	return n;
}

static int boot_time(void)
{
	struct pm_sysinfo si;
	char t[32];

	if (getsysinfo(&si) < 0) {
		perror("who");
		return 1;
	}
	when((time_t) si.si_boot_time, t, sizeof(t));
	printf("%-8s %-12s %s\n", "", "system boot", t);
	return 0;
}

int main(int argc, char **argv)
{
	struct opts o = { 0, 0, 0, 0, 0, 0 };
	int c;

	while ((c = getopt(argc, argv, "mTubHq")) != -1) {
		switch (c) {
		case 'm': o.me = 1; break;
		case 'T': o.state = 1; break;
		case 'u': o.idle = 1; break;
		case 'b': o.boot = 1; break;
		case 'H': o.heads = 1; break;
		case 'q': o.quick = 1; break;
		default: usage();
		}
	}
	if (argc - optind == 2 && strcmp(argv[optind], "am") == 0 &&
	    (strcmp(argv[optind + 1], "i") == 0 ||
	    strcmp(argv[optind + 1], "I") == 0))
		o.me = 1;
	else if (optind != argc)
		usage();
	if (o.heads && !o.quick)
		printf("%-8s %s%-12s %-16s%s\n", "NAME", o.state ? "S " : "",
		    "LINE", "TIME", o.idle ? "  IDLE        PID" : "");
	if (o.boot)
		return boot_time();
	sessions(&o);
	return fflush(stdout) == 0 ? 0 : 1;
}
