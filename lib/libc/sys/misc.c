/*
 * misc.c - the system's name, limits, reboot, and what ps, uptime and
 * top need.
 */
#include <stdlib.h>
#include <unistd.h>
#include <limits.h>
#include <fcntl.h>
#include <sys/utsname.h>
#include <sys/reboot.h>
#include <minix/config.h>
#include <minix/kinfo.h>
#include <minix/sysinfo.h>
#include "syscall.h"

int uname(struct utsname *u)
{
	memset(u, 0, sizeof(*u));
	strcpy(u->sysname, OS_NAME);
	if (gethostname(u->nodename, sizeof(u->nodename)) < 0)
		strcpy(u->nodename, "resurgo");
	strcpy(u->release, OS_RELEASE);
	strcpy(u->version, "#1");
	strcpy(u->machine, "i386");
	return 0;
}

/* The host name is the first line of /etc/hostname, if there is one. */
int gethostname(char *name, size_t len)
{
	int fd = open("/etc/hostname", O_RDONLY);
	ssize_t n;
	size_t i;

	if (fd < 0 || len == 0)
		return -1;
	n = read(fd, name, len - 1);
	close(fd);
	if (n <= 0)
		return -1;
	for (i = 0; i < (size_t) n && name[i] != '\n'; i++)
		;
	name[i] = '\0';
	return 0;
}

long sysconf(int name)
{
	switch (name) {
	case _SC_CLK_TCK:
		return HZ;
	case _SC_PAGESIZE:
		return 4096;
	case _SC_OPEN_MAX:
		return OPEN_MAX;
	default:
		errno = EINVAL;
		return -1;
	}
}

int reboot(int how)
{
	message m;

	msg_clear(&m);
	m.m_pm_reboot.how = how;
	return _syscall(PM, PM_REBOOT, &m) < 0 ? -1 : 0;
}

int getsysinfo(struct pm_sysinfo *si)
{
	message m;

	msg_clear(&m);
	m.m_pm_getprocs.buf = (vir_bytes) si;
	m.m_pm_getprocs.len = sizeof(*si);
	return _syscall(PM, PM_SYSINFO, &m) < 0 ? -1 : 0;
}

/* The load averages, as BSD and glibc have getloadavg(): nelem of
 * them (at most 3); -1 if PM cannot say. */
int getloadavg(double avg[], int nelem)
{
	struct pm_sysinfo si;
	int i;

	if (nelem < 0 || getsysinfo(&si) < 0)
		return -1;
	for (i = 0; i < nelem && i < 3; i++)
		avg[i] = (double) si.si_loadavg[i] / LOAD_SCALE;
	return i;
}

/* PM's process table, for ps: returns how many entries were filled. */
int getprocs(struct pm_procinfo *buf, int n)
{
	message m;

	msg_clear(&m);
	m.m_pm_getprocs.buf = (vir_bytes) buf;
	m.m_pm_getprocs.len = n * sizeof(*buf);
	return _syscall(PM, PM_GETPROCS, &m);
}
