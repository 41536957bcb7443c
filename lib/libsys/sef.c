/*
 * sef.c - the System Event Framework (see <minix/sef.h>).
 *
 * Entry points: sef_startup(), sef_receive(), sef_exit(), the
 * sef_setcb_*() setters.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <signal.h>
#include <minix/syslib.h>
#include <minix/sef.h>

static int init_default(int type, sef_init_info_t *info);
static void signal_default(int signo);

static sef_cb_init_t cb_init_fresh = init_default;
static sef_cb_init_t cb_init_restart;		/* NULL: as fresh */
static sef_cb_init_t cb_init_lu;		/* NULL: as fresh */
static sef_cb_signal_t cb_signal = signal_default;
static sef_cb_lu_prepare_t cb_lu_prepare;
static sef_cb_lu_state_isvalid_t cb_lu_state_isvalid =
	sef_cb_lu_state_isvalid_standard;
static char self_label[RS_LABEL_LEN];

void sef_setcb_init_fresh(sef_cb_init_t cb) { cb_init_fresh = cb; }
void sef_setcb_init_restart(sef_cb_init_t cb) { cb_init_restart = cb; }
void sef_setcb_init_lu(sef_cb_init_t cb) { cb_init_lu = cb; }
void sef_setcb_signal_handler(sef_cb_signal_t cb) { cb_signal = cb; }
void sef_setcb_lu_prepare(sef_cb_lu_prepare_t cb) { cb_lu_prepare = cb; }
void sef_setcb_lu_state_isvalid(sef_cb_lu_state_isvalid_t cb)
{
	cb_lu_state_isvalid = cb;
}

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

int sef_cb_lu_state_isvalid_standard(int state)
{
	return state >= SEF_LU_STATE_WORK_FREE
		&& state <= SEF_LU_STATE_PROTOCOL_FREE;
}

/* Run the init callback RS asked for and tell RS how it went. */
static void do_init(const message *m)
{
	sef_init_info_t info;
	sef_cb_init_t cb = cb_init_fresh;
	message reply;
	int r;

	memset(&info, 0, sizeof(info));
	info.type = m->m_rs_init.type;
	info.old_endpoint = m->m_rs_init.old_endpoint;
	info.restarts = m->m_rs_init.restarts;
	memcpy(info.label, m->m_rs_init.label, sizeof(info.label));
	info.label[RS_LABEL_LEN - 1] = '\0';
	strcpy(self_label, info.label);
	if (info.type == SEF_INIT_RESTART && cb_init_restart != NULL)
		cb = cb_init_restart;
	else if (info.type == SEF_INIT_LU && cb_init_lu != NULL)
		cb = cb_init_lu;
	r = cb(info.type, &info);
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
	}
}

/* RS asks us to reach a state for a live update; answer when there. */
static void do_lu_prepare(const message *m)
{
	message reply;
	int state = m->m_rs_lu_prepare.state, r = OK;

	if (!cb_lu_state_isvalid(state))
		r = -EINVAL;
	else if (cb_lu_prepare != NULL)
		r = cb_lu_prepare(state);
	if (r == -EDONTREPLY)
		return;			/* the service answers when ready */
	memset(&reply, 0, sizeof(reply));
	reply.m_type = RS_LU_REPLY;
	reply.m_rs_lu_reply.result = r;
	(void) asynsend(RS_PROC_EP, &reply);
}

/* Receive the next message for the service, handling system events. */
int sef_receive(endpoint_t src, message *m)
{
	int r;

	for (;;) {
		if ((r = ipc_receive(src, m)) != OK)
			return r;
		if (m->m_source != RS_PROC_EP)
			return OK;
		if (is_notify(m->m_type)) {
			(void) ipc_notify(RS_PROC_EP);	/* the heartbeat */
			continue;
		}
		switch (m->m_type) {
		case RS_SIGNAL:
			cb_signal(m->m_rs_signal.sig);
			continue;
		case RS_LU_PREPARE:
			do_lu_prepare(m);
			continue;
		default:
			return OK;
		}
	}
}
