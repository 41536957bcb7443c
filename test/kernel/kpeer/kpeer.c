/*
 * kpeer.c - the other side of the kernel self-tests.
 *
 * Started as a boot module with one argument, its role:
 *	peer	waits for ktest's commands (KT_* in <minix/msg/ktest.h>),
 *		acts, and answers; used for every two-party IPC test
 *	bench	the benchmark's peer: answers ktest's sendrec as a server
 *		does, the answer and the next receive in one call
 *		(ipc_reply_recv), so it answers only sendrec
 *	spin	burns CPU, telling ktest now and then how far it got, so
 *		that ktest can see preemption and runctl at work
 * Either way it first says hello to ktest.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <minix/syslib.h>

static endpoint_t ktest;
static uint8_t buffer[KT_BUF_SIZE];
static asynmsg_t async_table[8];

static void say_hello(int role)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = KT_HELLO;
	m.m_ktest.arg = role;
	if (ipc_send(ktest, &m) != OK)
		exit(1);
}

static void spin(void)
{
	message m;
	uint32_t count = 0;

	for (;;) {
		if ((++count & 0xFFFF) != 0)
			continue;
		memset(&m, 0, sizeof(m));
		m.m_type = KT_SPIN;
		m.m_ktest.value = count;
		(void) ipc_sendnb(ktest, &m);	/* ktest may be busy: fine */
	}
}

static void fault(int how)
{
	switch (how) {
	case KT_FAULT_PF:
		*(volatile int *) 0 = 1;
		break;
	case KT_FAULT_GP:
		__asm__ volatile("cli");
		break;
	case KT_FAULT_DE:
		__asm__ volatile("xorl %%ecx, %%ecx; divl %%ecx"
			: : : "eax", "ecx", "edx");
		break;
	case KT_FAULT_UD:
		__asm__ volatile("ud2");
		break;
	}
}

static int senda(endpoint_t dst, int n)
{
	int i;

	memset(async_table, 0, sizeof(async_table));
	for (i = 0; i < n && i < 8; i++) {
		async_table[i].dst = dst;
		async_table[i].msg.m_type = KT_REPORT;
		async_table[i].msg.m_ktest.value = i + 1;
		async_table[i].flags = AMF_VALID | AMF_NOREPLY;
	}
	return ipc_senda(async_table, n);
}

static int senda_done(void)
{
	int i, done = 0;

	for (i = 0; i < 8; i++)
		if ((async_table[i].flags & AMF_DONE) && async_table[i].result == OK)
			done++;
	return done;
}

/* Run one command; fills the reply's m_ktest.  Returns false when the
 * command wants no reply. */
static bool act(message *m, message *reply)
{
	struct m_ktest *k = &m->m_ktest, *r = &reply->m_ktest;
	message out;
	uint32_t sum = 0, v;
	int i;

	/* out is cleared only where it is sent: the benchmark's echo
	 * should cost what a server's simplest answer does. */
	switch (m->m_type) {
	case KT_ECHO:
		r->value = k->value + 1;
		return true;
	case KT_SEND_TO:
	case KT_SENDREC_TO:
		memset(&out, 0, sizeof(out));
		out.m_type = KT_REPORT;
		out.m_ktest.value = k->value;
		r->result = m->m_type == KT_SEND_TO ? ipc_send(k->ep, &out)
			: ipc_sendrec(k->ep, &out);
		return true;
	case KT_RECEIVE_FROM:
		r->result = ipc_receive(k->ep, &out);
		r->value = out.m_ktest.value;
		return true;
	case KT_NOTIFY:
		for (i = 0; i < k->arg; i++)
			r->result = ipc_notify(k->ep);
		return true;
	case KT_SENDA:
		r->result = senda(k->ep, k->arg);
		return true;
	case KT_SENDA_CHECK:
		r->value = senda_done();
		return true;
	case KT_STATECTL:
		r->result = sys_statectl(k->arg);
		return true;
	case KT_STATECTL_AFTER:	/* wait for ktest's go, then clear */
		ipc_receive(ktest, &out);
		r->result = sys_statectl(k->arg);
		return true;
	case KT_TRY_OUTB:
		r->result = sys_outb(k->value, 0);
		return true;
	case KT_TRY_INB:
		r->result = sys_inb(k->value, &v);
		return true;
	case KT_TRY_SENDNB:
		memset(&out, 0, sizeof(out));
		out.m_type = KT_REPORT;
		r->result = ipc_sendnb(k->ep, &out);
		return true;
	case KT_TRY_KCALL:
		memset(&out, 0, sizeof(out));
		r->result = _kernel_call(k->arg, &out);
		return true;
	case KT_GRANT:
		r->grant = cpf_grant_direct(k->ep, (vir_bytes) buffer + k->offset,
			k->len, k->arg);
		return true;
	case KT_REVOKE:
		r->result = cpf_revoke(k->grant);
		return true;
	case KT_SUM:
		for (i = 0; i < KT_BUF_SIZE; i++)
			sum += buffer[i];
		r->value = sum;
		return true;
	case KT_FILL:
		memset(buffer, k->value, sizeof(buffer));
		return true;
	case KT_COPY_FROM:
		r->result = sys_safecopyfrom(k->ep, k->grant, k->offset, buffer,
			k->len);
		return true;
	case KT_INDIRECT:
		r->grant = cpf_grant_indirect(ktest, k->ep, k->grant, k->offset,
			k->len, k->arg);
		return true;
	case KT_FAULT:
		fault(k->arg);
		return true;
	case KT_EXIT:
		sys_exit(SELF, k->arg);
		return true;
	default:
		r->result = -EBADREQUEST;
		return true;
	}
}

static void serve(void)
{
	message m, reply;

	for (;;) {
		if (ipc_receive(ANY, &m) != OK)
			continue;
		memset(&reply, 0, sizeof(reply));
		reply.m_type = KT_REPORT;
		reply.m_ktest.seq = m.m_ktest.seq;
		if (act(&m, &reply))
			(void) ipc_send(m.m_source, &reply);
	}
}

/* serve() as a server does it: the answer (to a sendrec, which waits
 * for it) and the next receive are one call.  Two buffers take turns:
 * the answer is built in the one the last request did not arrive in,
 * and the next request arrives where the answer was. */
static void serve_bench(void)
{
	message buf[2], *in = &buf[0], *out = &buf[1], *t;
	int r;

	r = ipc_receive(ANY, in);
	for (;;) {
		if (r != OK) {
			r = ipc_receive(ANY, in);
			continue;
		}
		memset(out, 0, sizeof(*out));
		out->m_type = KT_REPORT;
		out->m_ktest.seq = in->m_ktest.seq;
		if (!act(in, out)) {
			r = ipc_receive(ANY, in);
			continue;
		}
		r = ipc_reply_recv(in->m_source, ANY, out, NULL);
		t = in;
		in = out;
		out = t;
	}
}

int main(int argc, char **argv)
{
	sys_stdio_to_console();
	while (sys_findproc("ktest", &ktest) != OK)
		;
	if (argc > 1 && strcmp(argv[1], "spin") == 0) {
		say_hello(KT_ROLE_SPIN);
		spin();
	}
	say_hello(KT_ROLE_PEER);
	if (argc > 1 && strcmp(argv[1], "bench") == 0)
		serve_bench();
	serve();
	return 0;
}
