/*
 * start.c - starting a service: the kernel makes RS an empty, held
 * process (SYS_FORK with FORK_EMPTY, so that no server's help is
 * needed), RS loads the service's image (from its own copy) into it,
 * gives it its privileges and lets it run; PM hears of it afterwards.
 * The service then initialises (init.c).
 *
 * IPC rights are by label: a service may reach the labels its entry
 * names ("ALL": every service).  When a service (re)starts, its rights
 * are computed afresh and every service that may reach its label gets
 * the right to reach the new instance.
 */
#include <stdio.h>
#include <string.h>
#include <fnmatch.h>
#include <minix/libexec.h>
#include "rs.h"

/* A binary in RS's memory, and the process it is loaded into. */
struct image {
	const void *data;
	size_t len;
	endpoint_t ep;
};

static int read_image(void *ctx, uint64_t off, void *buf, size_t len)
{
	struct image *im = ctx;

	if (off > im->len || len > im->len - off)
		return -ENOEXEC;
	memcpy(buf, (const char *) im->data + off, len);
	return OK;
}

static int load_image(void *ctx, uint64_t off, vir_bytes vaddr, size_t len)
{
	struct image *im = ctx;

	return sys_vircopy(SELF, (vir_bytes) im->data + off, im->ep, vaddr,
		len);
}

/* argv: the label, then the words of args. */
static int build_frame(const char *label, const char *args, char *frame,
	size_t size)
{
	char words[RS_ARGS_LEN + RS_LABEL_LEN + 1], *w, *save = NULL;
	uint32_t *vec = (uint32_t *) frame, argc = 0, off;
	char *argv[32];
	size_t i;

	snprintf(words, sizeof(words), "%s %s", label, args);
	for (w = strtok_r(words, " ", &save); w != NULL && argc < 31;
	     w = strtok_r(NULL, " ", &save))
		argv[argc++] = w;
	off = (argc + 3) * sizeof(uint32_t);
	memset(frame, 0, size);
	vec[0] = argc;
	for (i = 0; i < argc; i++) {
		if (off + strlen(argv[i]) + 1 > size)
			return -E2BIG;
		vec[1 + i] = off;
		strcpy(frame + off, argv[i]);
		off += strlen(argv[i]) + 1;
	}
	return (off + 3) & ~3u;
}

/* Load the binary [data, data + len) into ep, with args. */
static int exec_image(struct rproc *rp, endpoint_t ep, const void *data,
	size_t len, const char *args)
{
	char frame[RS_ARGS_LEN + 256];
	struct image im = { data, len, ep };
	struct exec_info ei;
	int flen, r;

	if ((flen = build_frame(rp->r_start.rss_label, args, frame,
	    sizeof(frame))) < 0)
		return flen;
	memset(&ei, 0, sizeof(ei));
	ei.ep = ep;
	ei.ctx = &im;
	ei.read = read_image;
	ei.load = load_image;
	ei.file_size = len;
	ei.frame = frame;
	ei.frame_len = flen;
	if ((r = exec_check(&ei)) != OK || (r = exec_load(&ei)) != OK)
		return r;
	return sys_exec(ep, ei.sp, ei.pc, rp->r_start.rss_label, 0);
}

/* A new process running the binary [data, data + len) with args, and
 * with rp's privileges, held: it runs once allowed (SYS_PRIV_ALLOW).
 * Nobody but RS knows of it yet. */
int rs_make_instance(struct rproc *rp, const void *data, size_t len,
	const char *args, endpoint_t *epp)
{
	endpoint_t ep;
	int r;

	if (data == NULL)
		return -ENOEXEC;
	if ((r = sys_fork_empty(&ep)) != OK)
		return r;
	if ((r = rs_set_privileges(rp, ep)) != OK
	    || (r = exec_image(rp, ep, data, len, args)) != OK) {
		(void) sys_exit(ep, 0);
		return r;
	}
	*epp = ep;
	return OK;
}

/* May a service with this IPC list reach label?  Entries are labels or
 * shell patterns ("mfs*": every MFS instance); ALL is everyone. */
static bool allows(const struct rs_start *rs, const char *label)
{
	int i;

	for (i = 0; i < rs->rss_nr_ipc; i++)
		if (strcmp(rs->rss_ipc[i], RS_IPC_ALL) == 0
		    || fnmatch(rs->rss_ipc[i], label, 0) == 0)
			return true;
	return false;
}

static int priv_id_of(endpoint_t ep)
{
	struct priv_desc d;

	return sys_getpriv(ep, &d) == OK ? d.pd_id : -1;
}

/* The rights of a service with rp's entry to reach the others, for ep.
 * A service whose list names USER may answer ordinary programs. */
static void rights_out(struct rproc *rp, struct priv_desc *mine)
{
	int i, id;

	for (i = 0; i < rp->r_start.rss_nr_ipc; i++)
		if (strcmp(rp->r_start.rss_ipc[i], RS_IPC_USER) == 0)
			SET_BIT(mine->pd_ipc_to, USER_PRIV_ID);
	for (i = 0; i < NR_SERVICES; i++) {
		struct rproc *o = &rproc[i];
		if (o->r_state != RSS_UP && o->r_state != RSS_STARTING)
			continue;
		if (o == rp || o->r_endpoint == NONE
		    || (id = priv_id_of(o->r_endpoint)) < 0)
			continue;
		if (allows(&rp->r_start, o->r_start.rss_label))
			SET_BIT(mine->pd_ipc_to, id);
	}
}

/* ep, a new version of rp that nobody else knows yet, may reach what
 * rp may, and RS may reach it (a live update).  (RS's right to reach a
 * privilege id went with the id's last owner.) */
int rs_ipc_out(struct rproc *rp, endpoint_t ep)
{
	struct priv_desc mine, ours;
	int r;

	if ((r = sys_getpriv(ep, &mine)) != OK
	    || (r = sys_getpriv(SELF, &ours)) != OK)
		return r;
	SET_BIT(ours.pd_ipc_to, mine.pd_id);
	if ((r = sys_privctl(SELF, SYS_PRIV_SET_SYS, &ours)) != OK)
		return r;
	rights_out(rp, &mine);
	return sys_privctl(ep, SYS_PRIV_SET_SYS, &mine);
}

/* rp's rights to reach others, and everyone's right to reach rp. */
void rs_update_ipc(struct rproc *rp)
{
	struct priv_desc mine, theirs;
	int i, my_id = priv_id_of(rp->r_endpoint);

	if (my_id < 0 || sys_getpriv(rp->r_endpoint, &mine) != OK)
		return;
	rights_out(rp, &mine);
	for (i = 0; i < NR_SERVICES; i++) {
		struct rproc *o = &rproc[i];
		if (o->r_state != RSS_UP && o->r_state != RSS_STARTING)
			continue;
		if (o == rp || o->r_endpoint == NONE
		    || priv_id_of(o->r_endpoint) < 0)
			continue;
		if (allows(&o->r_start, rp->r_start.rss_label)
		    && sys_getpriv(o->r_endpoint, &theirs) == OK) {
			SET_BIT(theirs.pd_ipc_to, my_id);
			(void) sys_privctl(o->r_endpoint, SYS_PRIV_SET_SYS,
				&theirs);
		}
	}
	(void) sys_privctl(rp->r_endpoint, SYS_PRIV_SET_SYS, &mine);
}

/* Our rights for the new instance: its system.conf entry. */
int rs_set_privileges(struct rproc *rp, endpoint_t ep)
{
	struct priv_desc d = rp->r_start.rss_priv;

	d.pd_flags |= PRIV_SYS_PROC | PRIV_PREEMPTIBLE;
	d.pd_sig_mgr = RS_PROC_EP;
	memset(d.pd_ipc_to, 0, sizeof(d.pd_ipc_to));
	return sys_privctl(ep, SYS_PRIV_SET_SYS, &d);
}

/* End an instance now (RS manages it, the kernel lets us); PM cleans up
 * after it in its own time. */
void rs_end_instance(endpoint_t ep)
{
	if (ep == NONE)
		return;
	(void) sys_exit(ep, 0);
	rs_pm_srv_kill(ep);
}

/* Start (or restart) rp; init.c takes it from there.  Only the kernel
 * and DS are involved: RS can restart a driver even while PM and VFS
 * wait for it. */
int rs_start(struct rproc *rp, int type)
{
	endpoint_t ep;
	int r;

	if ((r = rs_make_instance(rp, rp->r_image, rp->r_image_len,
	    rp->r_start.rss_args, &ep)) != OK)
		return r;
	/* PM hears of it when it gets to it: RS waits for nobody. */
	rs_pm_srv_new(ep, rp->r_start.rss_uid);
	if ((r = sys_privctl(ep, SYS_PRIV_ALLOW, NULL)) != OK) {
		rs_end_instance(ep);
		return r;
	}
	rp->r_endpoint = ep;
	rp->r_pid = 0;			/* PM gives it one, and tells us */
	rp->r_pid_known = false;
	rs_ask_pm(ep);
	rp->r_started = rs_now();
	rp->r_ping_sent = rp->r_started;
	rp->r_ping_answered = true;
	rs_update_ipc(rp);
	/* The label names the new instance before it announces itself, so
	 * that whoever hears of the announcement finds the new endpoint (and
	 * DS lets only it publish under its label).  Without it the service
	 * could not work: that is a failure to start, said as one. */
	if ((r = rs_publish_label(rp->r_start.rss_label, ep)) != OK) {
		rs_end_instance(ep);
		rp->r_endpoint = NONE;
		return r;
	}
	return rs_init_start(rp, type);
}
