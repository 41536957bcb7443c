/*
 * sys_getinfo.c - SYS_GETINFO and the lookups built on it.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_getinfo(int request, void *buf, size_t len, endpoint_t ep)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_getinfo.request = request;
	m.m_sys_getinfo.buf = (vir_bytes) buf;
	m.m_sys_getinfo.len = len;
	m.m_sys_getinfo.ep = ep;
	return _kernel_call(SYS_GETINFO, &m);
}

int sys_getkinfo(struct kinfo *ki)
{
	return sys_getinfo(GET_KINFO, ki, sizeof(*ki), NONE);
}

int sys_whoami(struct proc_info *pi)
{
	return sys_getinfo(GET_WHOAMI, pi, sizeof(*pi), NONE);
}

int sys_getproc(endpoint_t ep, struct proc_info *pi)
{
	return sys_getinfo(GET_PROC, pi, sizeof(*pi), ep);
}

/* Returns how many entries were filled. */
int sys_getproctab(struct proc_info *tab, int n)
{
	return sys_getinfo(GET_PROCTAB, tab, n * sizeof(*tab), NONE);
}

int sys_getpriv(endpoint_t ep, struct priv_desc *pd)
{
	return sys_getinfo(GET_PRIV, pd, sizeof(*pd), ep);
}

/* How many grants ep holds now: its table's used slots. */
int sys_getgrants(endpoint_t ep)
{
	return sys_getinfo(GET_GRANTS, NULL, 0, ep);
}

int sys_getcmdline(char *buf, size_t len)
{
	return sys_getinfo(GET_CMDLINE, buf, len, NONE);
}

int sys_getimage(struct boot_info *bi, int n)
{
	return sys_getinfo(GET_IMAGE, bi, n * sizeof(*bi), NONE);
}

/* The endpoint of the first live process called name. */
int sys_findproc(const char *name, endpoint_t *ep)
{
	static struct proc_info tab[NR_TASKS + NR_PROCS];
	int i, n = sys_getproctab(tab, NR_TASKS + NR_PROCS);

	for (i = 0; i < n; i++) {
		if (strcmp(tab[i].pi_name, name) == 0) {
			*ep = tab[i].pi_endpoint;
			return OK;
		}
	}
	return n < 0 ? n : -ESRCH;
}
