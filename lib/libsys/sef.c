/*
 * sef.c - the System Event Framework (see <minix/sef.h>): startup, the
 * receive loop, exit.  The live update's two sides are sef_lu.c (the
 * running version) and sef_lu_new.c (the new one).
 *
 * Entry points: sef_startup(), sef_receive(), sef_reply_receive(),
 * sef_exit(), the sef_setcb_*() setters.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <signal.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include "sef_impl.h"

static int init_default(int type, sef_init_info_t *info);
static void signal_default(int signo);

static sef_cb_init_t cb_init_fresh = init_default;
static sef_cb_init_t cb_init_restart;		/* NULL: as fresh */
static sef_cb_init_t cb_init_lu;		/* NULL: as fresh */
static sef_cb_signal_t cb_signal = signal_default;
static char self_label[RS_LABEL_LEN];

void sef_setcb_init_fresh(sef_cb_init_t cb) { cb_init_fresh = cb; }
void sef_setcb_init_restart(sef_cb_init_t cb) { cb_init_restart = cb; }
void sef_setcb_init_lu(sef_cb_init_t cb) { cb_init_lu = cb; }
void sef_setcb_signal_handler(sef_cb_signal_t cb) { cb_signal = cb; }

const char *sef_self_label(void)
{
	return self_label;
}

static int init_default(int type, sef_init_info_t *info)
{
	return OK;
}

int sef_cb_init_fail(int type, sef_init_info_t *info)
{
	return -EGENERIC;
}

/* A clean stop: SIGTERM ends the service. */
static void signal_default(int signo)
{
	if (signo == SIGTERM)
		sef_exit(0);
}

/* RS ends us (the kernel first, so nobody is left waiting for us; PM
 * hears of it asynchronously): we never wait for PM, which may be
 * waiting for VFS, which may be waiting for this very driver.  Without
 * RS (the kernel's self-test image), or if RS does not know us, the
 * ordinary exit through PM. */
void sef_exit(int status)
{
	message m;

	fflush(NULL);
	if (self_label[0] != '\0') {
		memset(&m, 0, sizeof(m));
		m.m_type = RS_EXIT;
		m.m_rs_exit.status = status;
		(void) ipc_sendrec(RS_PROC_EP, &m);
	}
	exit(status);
}

void sef_set_label(const char *label)
{
	strcpy(self_label, label);
}

/* The init callback for type. */
int sef_run_init(int type, sef_init_info_t *info)
{
	sef_cb_init_t cb = cb_init_fresh;

	sef_set_label(info->label);
	if (type == SEF_INIT_RESTART && cb_init_restart != NULL)
		cb = cb_init_restart;
	else if (type == SEF_INIT_LU && cb_init_lu != NULL)
		cb = cb_init_lu;
	return cb(type, info);
}

/* Run the init callback RS asked for and tell RS how it went. */
static void do_init(const message *m)
{
	sef_init_info_t info;
	message reply;
	int r;

	memset(&info, 0, sizeof(info));
	info.type = m->m_rs_init.type;
	info.old_endpoint = m->m_rs_init.old_endpoint;
	info.restarts = m->m_rs_init.restarts;
	memcpy(info.label, m->m_rs_init.label, sizeof(info.label));
	info.label[RS_LABEL_LEN - 1] = '\0';
	r = sef_run_init(info.type, &info);
	memset(&reply, 0, sizeof(reply));
	reply.m_type = RS_INIT_REPLY;
	reply.m_rs_init_reply.result = r;
	(void) ipc_sendrec(RS_PROC_EP, &reply);
	if (r != OK)
		sef_exit(1);	/* RS has seen the failed initialisation */
}

/* Is RS running?  Not in the kernel's self-test image, where services
 * initialise themselves at once. */
static int have_rs(void)
{
	struct proc_info pi;

	return sys_getproc(RS_PROC_EP, &pi) == OK;
}

void sef_startup(void)
{
	message m;
	sef_init_info_t info;

	sys_stdio_to_console();
	sef_lu_add_part(&sef_asyn_part);
	if (!have_rs()) {
		memset(&info, 0, sizeof(info));
		if (cb_init_fresh(SEF_INIT_FRESH, &info) != OK)
			exit(1);
		return;
	}
	for (;;) {
		if (ipc_receive(RS_PROC_EP, &m) != OK)
			continue;
		if (m.m_type == RS_INIT) {
			do_init(&m);
			return;
		}
		if (m.m_type == RS_LU_INIT) {
			sef_lu_init(&m);
			return;
		}
	}
}

#define SEF_AGAIN	1	/* SEF took the message: receive again */

/* A message just received: OK if it is the service's, SEF_AGAIN if it
 * was a system event SEF handled (RS's heartbeat, a signal, a live
 * update's request), -EINTR if an update prepared for did not happen. */
static int sef_event(message *m)
{
	if (m->m_source != RS_PROC_EP)
		return OK;
	if (is_notify(m->m_type)) {
		(void) ipc_notify(RS_PROC_EP);	/* the heartbeat */
		return SEF_AGAIN;
	}
	switch (m->m_type) {
	case RS_SIGNAL:
		cb_signal(m->m_rs_signal.sig);
		return SEF_AGAIN;
	case RS_LU_PREPARE:
		return sef_lu_request(m) ? -EINTR : SEF_AGAIN;
	default:
		return OK;
	}
}

/* Receive the next message for the service, handling system events:
 * RS's heartbeat, signals and live-update requests.  Before each
 * receive a live update being prepared looks whether its state has been
 * reached.  -EINTR: an update prepared for did not happen; the caller
 * goes round its loop (to serve what it held back meanwhile). */
int sef_receive(endpoint_t src, message *m)
{
	int r;

	sef_lu_confirm();
	for (;;) {
		if (sef_lu_check())
			return -EINTR;
		if ((r = ipc_receive(src, m)) != OK)
			return r;
		if ((r = sef_event(m)) != SEF_AGAIN)
			return r;
	}
}

/* With a live update under way the answer goes first, on its own, and
 * then sef_receive() does what it must before it receives (confirm the
 * update, or look whether the state being prepared for is reached):
 * the answer must be out before the service stops. */
int sef_reply_receive(endpoint_t dst, message *m, endpoint_t src,
	int *reply_status)
{
	int r, rs;

	if (!sef_lu_idle()) {
		rs = ipc_sendnb(dst, m);
		if (reply_status != NULL)
			*reply_status = rs;
		return sef_receive(src, m);
	}
	if ((r = ipc_reply_recv(dst, src, m, reply_status)) != OK)
		return r;
	if ((r = sef_event(m)) != SEF_AGAIN)
		return r;
	return sef_receive(src, m);
}
