/*
 * ktest.c - the kernel self-tests, run in the test image (boot.list).
 *
 * ktest is the image's first boot module, so the root of trust: it
 * starts its peers (kpeer.c) as RS starts the boot set, giving each its
 * privileges before letting it run, and grants itself the ports and the
 * interrupt its tests use.  The peers say hello when they start; then
 * each test drives them through one IPC primitive, error or kernel call
 * and checks what happened.  Output, one line per test:
 *	ok N name		or	not ok N name: what went wrong
 * and finally "N passed, M failed"; then the machine powers off.
 *
 * With the argument "bench" it instead measures an IPC round trip and a
 * null kernel call in TSC ticks (guest instructions under -icount).
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <minix/syslib.h>
#include <minix/tsc.h>

#define NR_PEERS	6
#define NR_SPINNERS	2
#define NEVER_EP	make_endpoint(1000, 200)	/* never existed */

static endpoint_t peers[NR_PEERS], spinners[NR_SPINNERS];
static int nr_peers, nr_spinners;
static endpoint_t self_ep;
static int test_nr, passed, failed;
static char why[160];			/* the first failed check of a test */

#define P1	peers[0]
#define P2	peers[1]

/* Record a failed check; the test goes on, only the first reason shows. */
#define CHECK(cond, ...) do { if (!(cond) && why[0] == '\0') \
	snprintf(why, sizeof(why), __VA_ARGS__); } while (0)

static void run(const char *name, void (*test)(void))
{
	why[0] = '\0';
	test();
	test_nr++;
	if (why[0] == '\0') {
		passed++;
		printf("ok %d %s\n", test_nr, name);
	} else {
		failed++;
		printf("not ok %d %s: %s\n", test_nr, name, why);
	}
}

/* A command to a peer and its reply (sendrec). */
static int cmd(endpoint_t peer, int type, message *m)
{
	m->m_type = type;
	return ipc_sendrec(peer, m);
}

static message mk(int arg, endpoint_t ep, uint32_t value)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_ktest.arg = arg;
	m.m_ktest.ep = ep;
	m.m_ktest.value = value;
	return m;
}

/* Receive from src, passing over spinners' progress reports.  From ANY
 * it gives up after two seconds with -ETIMEDOUT, so that a broken test
 * fails instead of hanging the run. */
static int recv(endpoint_t src, message *m)
{
	int r;

	if (src != ANY)
		return ipc_receive(src, m);
	sys_setalarm(2 * HZ, 0);
	for (;;) {
		r = ipc_receive(ANY, m);
		if (r != OK)
			break;
		if (m->m_type == NOTIFY_MESSAGE && m->m_source == CLOCK
		    && src != CLOCK) {
			r = -ETIMEDOUT;
			break;
		}
		if (m->m_type == KT_SPIN && src != m->m_source)
			continue;
		if (src == ANY || m->m_source == src)
			break;
	}
	sys_setalarm(0, 0);
	return r;
}

/* Block for n clock ticks, taking only CLOCK's notification. */
static void sleep_ticks(int n)
{
	uint32_t start, now;
	message m;

	sys_times(NONE, NULL, NULL, &start, NULL);
	for (now = start; now - start < (uint32_t) n; ) {
		/* A notification may be pending from an alarm that fired
		 * just before an earlier test cancelled it: wait again. */
		sys_setalarm(n - (now - start), 0);
		while (ipc_receive(CLOCK, &m) != OK)
			;
		sys_times(NONE, NULL, NULL, &now, NULL);
	}
}

/* Ports for the tests: the second serial port's scratch register
 * (harmless to write) and the CMOS clock, whose periodic interrupt
 * (IRQ 8) tests irqctl. */
static const struct io_range test_ports[] = { { 0x2FF, 0x2FF }, { 0x70, 0x71 } };
#define TEST_IRQ	8

static void grant_myself(void)
{
	struct io_range io;
	size_t i;
	int irq = TEST_IRQ;

	for (i = 0; i < sizeof(test_ports) / sizeof(test_ports[0]); i++) {
		io = test_ports[i];
		if (sys_privctl(SELF, SYS_PRIV_ADD_IO, &io) != OK)
			printf("ktest: cannot have ports 0x%x\n", io.ior_base);
	}
	if (sys_privctl(SELF, SYS_PRIV_ADD_IRQ, &irq) != OK)
		printf("ktest: cannot have IRQ %d\n", irq);
}

/* A peer may make every call and reach everyone; a spinner runs low and
 * short, so that preemption shows.  Faults end them (no signal
 * manager): the fault tests count on it. */
static bool bench_mode;		/* started with "bench" */

static int start_peer(const struct boot_info *bi)
{
	struct priv_desc d;
	int i, r;

	memset(&d, 0, sizeof(d));
	d.pd_flags = PRIV_SYS_PROC | PRIV_PREEMPTIBLE;
	d.pd_trap_mask = IPC_TRAP_MASK_ALL;
	d.pd_sig_mgr = NONE;
	/* In the benchmark the peer is the more urgent, as a server is
	 * more urgent than its clients: its reply does not preempt it. */
	d.pd_queue = strcmp(bi->bi_name, "kspin") == 0 ? 9 : bench_mode ? 3 : 5;
	d.pd_quantum = strcmp(bi->bi_name, "kspin") == 0 ? 2 : 10;
	memset(d.pd_ipc_to, 0xFF, sizeof(d.pd_ipc_to));
	for (i = 0; i < NR_SYS_CALLS; i++)
		SET_BIT(d.pd_k_calls, i);
	if ((r = sys_privctl(bi->bi_endpoint, SYS_PRIV_SET_SYS, &d)) != OK)
		return r;
	return sys_privctl(bi->bi_endpoint, SYS_PRIV_ALLOW, NULL);
}

/* Every other program of the image is a peer, held until we start it. */
static void start_peers(void)
{
	static struct boot_info image[MAX_BOOT_MODULES];
	int i, r;

	grant_myself();
	if (sys_getimage(image, MAX_BOOT_MODULES) != OK)
		printf("ktest: cannot get the boot image\n");
	for (i = 0; i < MAX_BOOT_MODULES && image[i].bi_name[0] != '\0'; i++) {
		if (image[i].bi_endpoint == NONE
		    || image[i].bi_endpoint == self_ep)
			continue;
		if ((r = start_peer(&image[i])) != OK)
			printf("ktest: cannot start %s: %d\n", image[i].bi_name,
				r);
	}
}

static void gather_hellos(void)
{
	message m;

	while (nr_peers < NR_PEERS || nr_spinners < NR_SPINNERS) {
		if (ipc_receive(ANY, &m) != OK || m.m_type != KT_HELLO)
			continue;
		if (m.m_ktest.arg == KT_ROLE_SPIN && nr_spinners < NR_SPINNERS)
			spinners[nr_spinners++] = m.m_source;
		else if (m.m_ktest.arg == KT_ROLE_PEER && nr_peers < NR_PEERS)
			peers[nr_peers++] = m.m_source;
	}
}

/* --- IPC primitives ---------------------------------------------------- */

static void t_sendrec(void)
{
	message m = mk(0, NONE, 41);
	int r = cmd(P1, KT_ECHO, &m);

	CHECK(r == OK, "sendrec returned %d", r);
	CHECK(m.m_source == P1, "reply from %d, not %d", m.m_source, P1);
	CHECK(m.m_ktest.value == 42, "echo gave %u, not 42", m.m_ktest.value);
}

/* A process may trap with the direction flag set (the C ABI wants it
 * clear only at calls): the kernel's copies must still run forwards, and
 * the flag comes back as the process left it. */
static void t_direction_flag(void)
{
	message m = mk(0, NONE, 99);
	uint32_t eflags;
	int r;

	m.m_type = KT_ECHO;
	__asm__ volatile("std" ::: "memory");
	r = ipc_sendrec(P1, &m);	/* an assembly stub: no string ops */
	__asm__ volatile("pushfl; popl %0; cld" : "=r" (eflags) :: "memory");
	CHECK(r == OK, "sendrec returned %d", r);
	CHECK(m.m_source == P1, "reply from %d, not %d", m.m_source, P1);
	CHECK(m.m_ktest.value == 100, "echo gave %u, not 100",
		m.m_ktest.value);
	CHECK(eflags & 0x400, "the direction flag was cleared under us");
}

static void t_send_then_receive(void)
{
	message m = mk(0, self_ep, 7);
	int r;

	m.m_type = KT_SEND_TO;
	r = ipc_send(P1, &m);
	CHECK(r == OK, "send returned %d", r);
	r = recv(P1, &m);
	CHECK(r == OK && m.m_type == KT_REPORT && m.m_ktest.value == 7,
		"first receive: status %d type %x value %u", r, m.m_type,
		m.m_ktest.value);
	r = recv(P1, &m);		/* P1's report that its send worked */
	CHECK(r == OK && m.m_ktest.result == OK, "report: %d/%d", r,
		m.m_ktest.result);
}

static void t_receive_specific(void)
{
	message m = mk(0, self_ep, 1);
	int r;

	m.m_type = KT_SEND_TO;
	ipc_send(P1, &m);
	m = mk(0, self_ep, 2);
	m.m_type = KT_SEND_TO;
	ipc_send(P2, &m);
	sleep_ticks(2);			/* both are now blocked sending to us */
	r = recv(P2, &m);
	CHECK(r == OK && m.m_source == P2 && m.m_ktest.value == 2,
		"receive(P2) got %d from %d value %u", r, m.m_source,
		m.m_ktest.value);
	r = recv(P1, &m);
	CHECK(r == OK && m.m_source == P1 && m.m_ktest.value == 1,
		"receive(P1) got %d from %d value %u", r, m.m_source,
		m.m_ktest.value);
	recv(P1, &m);			/* the two reports */
	recv(P2, &m);
}

static void t_sendnb(void)
{
	message m = mk(0, NONE, 9);
	int r;

	r = ipc_sendnb(spinners[0], &m);	/* a spinner never receives */
	CHECK(r == -ENOTREADY, "sendnb to a busy process gave %d", r);
	m = mk(0, NONE, 9);
	m.m_type = KT_ECHO;
	sleep_ticks(2);				/* P1 gets back to its receive */
	r = ipc_sendnb(P1, &m);
	CHECK(r == OK, "sendnb to a receiver gave %d", r);
	r = recv(P1, &m);
	CHECK(r == OK && m.m_ktest.value == 10, "reply %d value %u", r,
		m.m_ktest.value);
}

static void t_notify(void)
{
	message m = mk(3, self_ep, 0);
	int r, from_p1 = 0, from_clock = 0;

	/* P1 notifies us three times while we wait for its reply: the
	 * notifications must wait (a sendrec takes only the reply) and
	 * then arrive as one. */
	r = cmd(P1, KT_NOTIFY, &m);
	CHECK(r == OK && m.m_ktest.result == OK, "notify: %d/%d", r,
		m.m_ktest.result);
	sys_setalarm(3, 0);
	while (from_clock == 0) {
		if (ipc_receive(ANY, &m) != OK)
			continue;
		if (m.m_type == NOTIFY_MESSAGE && m.m_source == P1)
			from_p1++;
		else if (m.m_type == NOTIFY_MESSAGE && m.m_source == CLOCK)
			from_clock++;
	}
	CHECK(from_p1 == 1, "%d notifications arrived, not 1", from_p1);
}

static void t_senda(void)
{
	message m = mk(3, self_ep, 0);
	int r, i;

	r = cmd(P1, KT_SENDA, &m);
	CHECK(r == OK && m.m_ktest.result == OK, "senda: %d/%d", r,
		m.m_ktest.result);
	for (i = 1; i <= 3; i++) {
		r = recv(P1, &m);
		CHECK(r == OK && m.m_ktest.value == (uint32_t) i,
			"message %d: status %d value %u", i, r, m.m_ktest.value);
	}
	m = mk(0, NONE, 0);
	r = cmd(P1, KT_SENDA_CHECK, &m);
	CHECK(r == OK && m.m_ktest.value == 3, "%u entries done, not 3",
		m.m_ktest.value);
	m = mk(1, NEVER_EP, 0);		/* to no one: fails in the table */
	r = cmd(P1, KT_SENDA, &m);
	CHECK(r == OK && m.m_ktest.result == OK, "senda to a dead ep: %d/%d",
		r, m.m_ktest.result);
	m = mk(0, NONE, 0);
	cmd(P1, KT_SENDA_CHECK, &m);
	CHECK(m.m_ktest.value == 0, "a message to no one counted as done");
}

static void t_dead_endpoint(void)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	r = ipc_send(NEVER_EP, &m);
	CHECK(r == -EDEADSRCDST, "send gave %d", r);
	r = ipc_sendrec(NEVER_EP, &m);
	CHECK(r == -EDEADSRCDST, "sendrec gave %d", r);
	r = ipc_receive(NEVER_EP, &m);
	CHECK(r == -EDEADSRCDST, "receive gave %d", r);
	r = ipc_notify(NEVER_EP);
	CHECK(r == -EDEADSRCDST, "notify gave %d", r);
	r = ipc_send(0x7FFFFFFF, &m);
	CHECK(r == -EDEADSRCDST, "send to a wild endpoint gave %d", r);
}

static void t_elocked(void)
{
	message m = mk(0, self_ep, 5);
	int r;

	m.m_type = KT_SEND_TO;		/* P1 will block sending to us */
	ipc_send(P1, &m);
	sleep_ticks(2);
	m = mk(0, NONE, 0);
	r = ipc_send(P1, &m);
	CHECK(r == -ELOCKED, "send into a cycle gave %d", r);
	r = ipc_sendrec(P1, &m);
	CHECK(r == -ELOCKED, "sendrec into a cycle gave %d", r);
	r = recv(P1, &m);
	CHECK(r == OK && m.m_ktest.value == 5, "P1's message: %d", r);
	recv(P1, &m);
	m = mk(0, NONE, 0);
	r = ipc_send(self_ep, &m);
	CHECK(r == -ELOCKED, "send to self gave %d", r);
}

static void t_efault(void)
{
	int r;

	r = ipc_sendrec(P1, (message *) 0x10);
	CHECK(r == -EFAULT, "sendrec from address 0x10 gave %d", r);
	r = ipc_send(P1, (message *) 0xC0001000);
	CHECK(r == -EFAULT, "send from a kernel address gave %d", r);
	r = ipc_receive(ANY, (message *) (void *) t_efault);
	CHECK(r == -EFAULT, "receive into read-only text gave %d", r);
	r = ipc_senda((asynmsg_t *) 0x20, 2);
	CHECK(r == -EFAULT, "senda from address 0x20 gave %d", r);
}

static void t_bad_call(void)
{
	int r;

	__asm__ volatile("int $0x30" : "=a"(r) : "a"(99), "b"(0), "c"(0)
		: "memory");
	CHECK(r == -EBADCALL, "IPC call 99 gave %d", r);
}

/* --- privileges ---------------------------------------------------------- */

/* P2 from now on: may only reach ktest, only a few kernel calls, no ports
 * beyond 0x71. */
static void restrict_p2(void)
{
	struct priv_desc d;
	struct priv_desc me;
	int r;

	r = sys_getpriv(P2, &d);
	CHECK(r == OK, "getpriv(P2) gave %d", r);
	sys_getpriv(SELF, &me);
	memset(d.pd_ipc_to, 0, sizeof(d.pd_ipc_to));
	SET_BIT(d.pd_ipc_to, me.pd_id);
	memset(d.pd_k_calls, 0, sizeof(d.pd_k_calls));
	SET_BIT(d.pd_k_calls, SYS_DEVIO - KERNEL_CALL);
	SET_BIT(d.pd_k_calls, SYS_SAFECOPYFROM - KERNEL_CALL);
	SET_BIT(d.pd_k_calls, SYS_SETGRANT - KERNEL_CALL);
	SET_BIT(d.pd_k_calls, SYS_GETINFO - KERNEL_CALL);
	SET_BIT(d.pd_k_calls, SYS_EXIT - KERNEL_CALL);
	d.pd_nr_io = 1;
	d.pd_io[0].ior_base = 0x71;
	d.pd_io[0].ior_limit = 0x71;
	r = sys_privctl(P2, SYS_PRIV_SET_SYS, &d);
	CHECK(r == OK, "privctl(P2) gave %d", r);
}

static void t_privctl(void)
{
	struct priv_desc d;
	int r;

	restrict_p2();
	sys_getpriv(P2, &d);
	CHECK(d.pd_nr_io == 1 && d.pd_io[0].ior_base == 0x71,
		"P2's ports did not change");
	d.pd_queue = 99;
	r = sys_privctl(P2, SYS_PRIV_SET_SYS, &d);
	CHECK(r == -EINVAL, "privctl with queue 99 gave %d", r);
	r = sys_privctl(NEVER_EP, SYS_PRIV_ALLOW, NULL);
	CHECK(r == -EDEADSRCDST, "privctl on a dead endpoint gave %d", r);
	r = sys_privctl(P2, 77, NULL);
	CHECK(r == -EINVAL, "privctl request 77 gave %d", r);
	r = sys_privctl(P2, SYS_PRIV_SET_SYS, (void *) 0x30);
	CHECK(r == -EFAULT, "privctl from address 0x30 gave %d", r);
}

static void t_ipc_denied(void)
{
	message m = mk(0, P1, 0);
	int r;

	r = cmd(P2, KT_TRY_SENDNB, &m);
	CHECK(r == OK && m.m_ktest.result == -ECALLDENIED,
		"P2's send to P1 gave %d/%d", r, m.m_ktest.result);
	m = mk(0, NONE, 4);
	r = cmd(P2, KT_ECHO, &m);	/* P2 may still answer us */
	CHECK(r == OK && m.m_ktest.value == 5, "P2 no longer echoes: %d", r);
	m = mk(0, NONE, 4);
	r = cmd(P1, KT_ECHO, &m);	/* and P1 is untouched */
	CHECK(r == OK && m.m_ktest.value == 5, "P1 no longer echoes: %d", r);
}

static void t_kcall_denied(void)
{
	message m = mk(SYS_SETALARM, NONE, 0);
	int r;

	r = cmd(P2, KT_TRY_KCALL, &m);
	CHECK(r == OK && m.m_ktest.result == -ECALLDENIED,
		"P2's setalarm gave %d/%d", r, m.m_ktest.result);
	m = mk(SYS_DMAALLOC, NONE, 0);
	r = cmd(P2, KT_TRY_KCALL, &m);
	CHECK(r == OK && m.m_ktest.result == -ECALLDENIED,
		"P2's dmaalloc gave %d/%d", r, m.m_ktest.result);
	m = mk(SYS_PRIVCTL, NONE, 0);
	r = cmd(P2, KT_TRY_KCALL, &m);
	CHECK(r == OK && m.m_ktest.result == -ECALLDENIED,
		"P2's privctl gave %d/%d", r, m.m_ktest.result);
	m = mk(KERNEL_CALL + 999, NONE, 0);
	r = cmd(P1, KT_TRY_KCALL, &m);
	CHECK(r == OK && m.m_ktest.result == -ENOSYS,
		"an unknown kernel call gave %d/%d", r, m.m_ktest.result);
	m = mk(KERNEL_CALL + NR_SYS_CALLS, NONE, 0);
	r = cmd(P1, KT_TRY_KCALL, &m);
	CHECK(r == OK && m.m_ktest.result == -ENOSYS,
		"the number after the last call gave %d/%d", r,
		m.m_ktest.result);
}

static void t_devio(void)
{
	message m;
	uint32_t v;
	struct pv_pair pv[2] = { { 0x70, 0x0A }, { 0x71, 0 } };
	int r;

	r = sys_outb(0x70, 0x0A);	/* CMOS status register A */
	CHECK(r == OK, "outb 0x70 gave %d", r);
	r = sys_inb(0x71, &v);
	CHECK(r == OK && (v & 0x0F) != 0, "inb 0x71 gave %d (0x%x)", r, v);
	r = sys_inb(0x3F8, &v);
	CHECK(r == -EPERM, "inb from COM1 gave %d", r);
	r = sys_inw(0x71, &v);
	CHECK(r == -EPERM, "inw across the range end gave %d", r);
	r = sys_devio(0x37, 0x70, 0, &v);
	CHECK(r == -EINVAL, "a malformed devio gave %d", r);
	r = sys_vdevio(DIO_OUTPUT | DIO_BYTE, pv, 1);
	CHECK(r == OK, "vdevio out gave %d", r);
	pv[0].port = 0x71;
	pv[1].port = 0x3F8;
	r = sys_vdevio(DIO_INPUT | DIO_BYTE, pv, 2);
	CHECK(r == -EPERM, "vdevio with a forbidden port gave %d", r);
	m = mk(0, NONE, 0x70);
	r = cmd(P2, KT_TRY_INB, &m);
	CHECK(r == OK && m.m_ktest.result == -EPERM,
		"P2's inb 0x70 gave %d/%d", r, m.m_ktest.result);
	m = mk(0, NONE, 0x71);
	r = cmd(P2, KT_TRY_INB, &m);
	CHECK(r == OK && m.m_ktest.result == OK,
		"P2's inb 0x71 gave %d/%d", r, m.m_ktest.result);
}

/* --- interrupts and time ------------------------------------------------- */

static uint32_t cmos_read(int reg)
{
	uint32_t v = 0;

	sys_outb(0x70, reg);
	sys_inb(0x71, &v);
	return v;
}

static void cmos_write(int reg, uint32_t v)
{
	sys_outb(0x70, reg);
	sys_outb(0x71, v);
}

static void t_irqctl(void)
{
	message m;
	int hook = 5, bad = 0, r, got = 0, tries;
	uint32_t b;

	r = sys_irqsetpolicy(5, IRQ_REENABLE, &bad);
	CHECK(r == -EPERM, "hooking IRQ 5 gave %d", r);
	bad = 0;
	r = sys_irqsetpolicy(0, IRQ_REENABLE, &bad);
	CHECK(r == -EINVAL, "hooking the clock gave %d", r);
	r = sys_irqsetpolicy(8, IRQ_REENABLE, &hook);
	CHECK(r == OK, "hooking IRQ 8 gave %d", r);
	cmos_write(0x0A, (cmos_read(0x0A) & 0xF0) | 0x0F);	/* 2 Hz */
	b = cmos_read(0x0B);
	cmos_write(0x0B, b | 0x40);		/* periodic interrupt on */
	cmos_read(0x0C);
	sys_setalarm(HZ, 0);
	for (tries = 0; tries < 4 && got < 2; ) {
		r = ipc_receive(ANY, &m);
		if (r != OK || m.m_type != NOTIFY_MESSAGE)
			continue;		/* spinners' reports */
		if (m.m_source == CLOCK) {
			tries++;
			sys_setalarm(HZ, 0);
		} else if (m.m_source == HARDWARE
		    && (m.m_notify.interrupts & (1u << 5))) {
			got++;
			cmos_read(0x0C);	/* acknowledge the RTC */
		}
	}
	CHECK(got == 2, "%d RTC interrupts arrived, not 2", got);
	cmos_write(0x0B, b & ~0x40);
	cmos_read(0x0C);
	r = sys_irqdisable(&hook);
	CHECK(r == OK, "irqdisable gave %d", r);
	r = sys_irqrmpolicy(&hook);
	CHECK(r == OK, "irqrmpolicy gave %d", r);
	r = sys_irqrmpolicy(&hook);
	CHECK(r == -EINVAL, "removing the hook twice gave %d", r);
	sys_setalarm(0, 0);
}

static void t_setalarm(void)
{
	uint32_t before, after;
	int left;

	message m;

	/* Notifications coalesce: at most one is left over from an earlier
	 * test's cancelled alarm.  Ours is the first that comes after at
	 * least 5 ticks; it must come, and never more than one early. */
	sys_times(NONE, NULL, NULL, &before, NULL);
	sys_setalarm(5, 0);
	while (ipc_receive(CLOCK, &m) != OK)
		;
	sys_times(NONE, NULL, NULL, &after, NULL);
	if (after - before < 5) {
		while (ipc_receive(CLOCK, &m) != OK)
			;
		sys_times(NONE, NULL, NULL, &after, NULL);
	}
	CHECK(after - before >= 5, "slept %u ticks, not 5", after - before);
	sys_setalarm(50, 0);
	left = sys_setalarm(0, 0);
	CHECK(left > 40 && left <= 50, "cancelled alarm had %d ticks left",
		left);
}

static void t_times(void)
{
	uint32_t user = 0, up1, up2;
	int r;

	sys_times(NONE, NULL, NULL, &up1, NULL);
	r = sys_times(spinners[1], &user, NULL, &up2, NULL);
	CHECK(r == OK, "times(spinner) gave %d", r);
	CHECK(user > 0, "a spinner has used no CPU time");
	CHECK(up2 >= up1, "uptime went back");
	r = sys_times(NEVER_EP, &user, NULL, NULL, NULL);
	CHECK(r == -EDEADSRCDST, "times of no one gave %d", r);
}

/* --- scheduling ---------------------------------------------------------- */

/* Count the spinners' reports for n ticks; counts[i] for spinners[i]. */
static void watch_spinners(int n, int counts[NR_SPINNERS])
{
	message m;
	int i;

	memset(counts, 0, NR_SPINNERS * sizeof(int));
	sys_setalarm(n, 0);
	for (;;) {
		if (ipc_receive(ANY, &m) != OK)
			continue;
		if (m.m_type == NOTIFY_MESSAGE && m.m_source == CLOCK)
			return;
		for (i = 0; i < NR_SPINNERS; i++)
			if (m.m_type == KT_SPIN && m.m_source == spinners[i])
				counts[i]++;
	}
}

static void t_preemption(void)
{
	int c[NR_SPINNERS];

	watch_spinners(40, c);
	CHECK(c[0] >= 2 && c[1] >= 2,
		"spinners reported %d and %d times in 40 ticks", c[0], c[1]);
}

static void t_runctl(void)
{
	int c[NR_SPINNERS], r;

	r = sys_stop(spinners[0]);
	CHECK(r == OK, "stop gave %d", r);
	watch_spinners(20, c);
	CHECK(c[0] == 0 && c[1] > 0, "while stopped: %d and %d reports",
		c[0], c[1]);
	r = sys_resume(spinners[0]);
	CHECK(r == OK, "resume gave %d", r);
	watch_spinners(20, c);
	CHECK(c[0] > 0, "no reports after resume");
}

/* --- grants -------------------------------------------------------------- */

static cp_grant_id_t peer_grant(endpoint_t owner, endpoint_t to, int access,
	uint32_t off, uint32_t len)
{
	message m = mk(access, to, 0);

	m.m_ktest.offset = off;
	m.m_ktest.len = len;
	cmd(owner, KT_GRANT, &m);
	return m.m_ktest.grant;
}

static void t_grant_read(void)
{
	uint8_t buf[KT_BUF_SIZE];
	message m = mk(0, NONE, 0xA5);
	cp_grant_id_t g;
	int r, i, ok = 1;

	cmd(P1, KT_FILL, &m);
	g = peer_grant(P1, self_ep, CPF_READ, 0, KT_BUF_SIZE);
	CHECK(g >= 0, "grant gave %d", g);
	r = sys_safecopyfrom(P1, g, 0, buf, sizeof(buf));
	CHECK(r == OK, "safecopyfrom gave %d", r);
	for (i = 0; i < KT_BUF_SIZE; i++)
		ok &= buf[i] == 0xA5;
	CHECK(ok, "copied bytes differ from the peer's");
	r = sys_safecopyto(P1, g, 0, buf, 4);
	CHECK(r == -EPERM, "writing through a read grant gave %d", r);
	r = sys_safecopyfrom(P1, g, 60, buf, 8);
	CHECK(r == -EPERM, "reading past the grant gave %d", r);
	r = sys_safecopyfrom(P1, g, 0, buf, KT_BUF_SIZE + 1);
	CHECK(r == -EPERM, "a copy one byte too long gave %d", r);
	r = sys_safecopyfrom(P1, g, 0xFFFFFFF0, buf, 0x20);
	CHECK(r == -EPERM, "an offset that wraps gave %d", r);
	r = sys_safecopyfrom(P1, 9999, 0, buf, 4);
	CHECK(r == -EPERM, "grant 9999 gave %d", r);
	r = sys_safecopyfrom(P1, g, 0, (void *) 0, 4);
	CHECK(r == -EFAULT, "copying into address 0 gave %d", r);
	m = mk(0, NONE, 0);
	m.m_ktest.grant = g;
	cmd(P1, KT_REVOKE, &m);
	r = sys_safecopyfrom(P1, g, 0, buf, 4);
	CHECK(r == -EPERM, "a revoked grant gave %d", r);
}

static void t_grant_write(void)
{
	uint8_t buf[KT_BUF_SIZE];
	message m = mk(0, NONE, 0);
	cp_grant_id_t g;
	int r;

	cmd(P1, KT_FILL, &m);
	g = peer_grant(P1, self_ep, CPF_WRITE, 0, KT_BUF_SIZE);
	memset(buf, 2, sizeof(buf));
	r = sys_safecopyto(P1, g, 0, buf, sizeof(buf));
	CHECK(r == OK, "safecopyto gave %d", r);
	m = mk(0, NONE, 0);
	cmd(P1, KT_SUM, &m);
	CHECK(m.m_ktest.value == 2 * KT_BUF_SIZE, "peer's sum is %u, not %u",
		m.m_ktest.value, 2 * KT_BUF_SIZE);
	r = sys_safecopyfrom(P1, g, 0, buf, 4);
	CHECK(r == -EPERM, "reading through a write grant gave %d", r);
}

static void t_grant_wrong_peer(void)
{
	message m;
	cp_grant_id_t g;
	int r;

	g = peer_grant(P1, self_ep, CPF_READ, 0, KT_BUF_SIZE);
	m = mk(0, P1, 0);
	m.m_ktest.grant = g;
	m.m_ktest.len = 8;
	r = cmd(P2, KT_COPY_FROM, &m);	/* P2 is not the grantee */
	CHECK(r == OK && m.m_ktest.result == -EPERM,
		"a copy by the wrong peer gave %d/%d", r, m.m_ktest.result);
}

static void t_grant_indirect(void)
{
	uint8_t buf[8];
	message m = mk(0, NONE, 0x3C);
	cp_grant_id_t g, ig;
	int r;

	cmd(P1, KT_FILL, &m);
	g = peer_grant(P1, P2, CPF_READ, 0, KT_BUF_SIZE);
	m = mk(CPF_READ, P1, 0);
	m.m_ktest.grant = g;
	m.m_ktest.offset = 8;
	m.m_ktest.len = 8;
	cmd(P2, KT_INDIRECT, &m);	/* P2 passes 8 bytes of it to us */
	ig = m.m_ktest.grant;
	CHECK(ig >= 0, "indirect grant gave %d", ig);
	memset(buf, 0, sizeof(buf));
	r = sys_safecopyfrom(P2, ig, 0, buf, 8);
	CHECK(r == OK && buf[0] == 0x3C && buf[7] == 0x3C,
		"copy through the indirect grant gave %d (0x%x)", r, buf[0]);
	r = sys_safecopyfrom(P2, ig, 4, buf, 8);
	CHECK(r == -EPERM, "past the indirect grant gave %d", r);
	m = mk(CPF_READ | CPF_WRITE, P1, 0);
	m.m_ktest.grant = g;
	m.m_ktest.len = 8;
	cmd(P2, KT_INDIRECT, &m);	/* more access than P2 has */
	r = sys_safecopyto(P2, m.m_ktest.grant, 0, buf, 8);
	CHECK(r == -EPERM, "writing through a read-only chain gave %d", r);
}

/* --- faults, death and restart ------------------------------------------- */

static bool is_alive(endpoint_t ep)
{
	struct proc_info pi;

	return sys_getproc(ep, &pi) == OK;
}

static void fault_test(int peer, int how, const char *what)
{
	message m = mk(how, NONE, 0);
	int r;

	r = cmd(peers[peer], KT_FAULT, &m);
	CHECK(r == -EDEADSRCDST, "sendrec to a peer that dies of a %s gave %d",
		what, r);
	CHECK(!is_alive(peers[peer]), "the peer survived a %s", what);
	m = mk(0, NONE, 1);
	r = cmd(P1, KT_ECHO, &m);
	CHECK(r == OK && m.m_ktest.value == 2, "P1 is hurt: %d", r);
}

static void t_fault_pf(void) { fault_test(2, KT_FAULT_PF, "NULL dereference"); }
static void t_fault_gp(void) { fault_test(3, KT_FAULT_GP, "privileged instruction"); }
static void t_fault_de(void) { fault_test(4, KT_FAULT_DE, "divide error"); }
static void t_fault_ud(void) { fault_test(5, KT_FAULT_UD, "invalid opcode"); }

static void t_statectl(void)
{
	message m;
	int r;

	m = mk(SYS_STATE_CLEAR_IPC_REFS, NONE, 0);
	m.m_type = KT_STATECTL_AFTER;	/* P1 now takes only our messages */
	ipc_send(P1, &m);
	m = mk(0, P1, 0);
	m.m_type = KT_SENDREC_TO;	/* and P2 blocks sending to P1 */
	ipc_send(P2, &m);
	sleep_ticks(2);
	m = mk(0, NONE, 0);
	m.m_type = KT_REPORT;
	ipc_send(P1, &m);		/* go: P1 clears its IPC references */
	/* Not recv(P1): receiving from P1 we would be released too. */
	r = recv(P2, &m);
	CHECK(r == OK && m.m_ktest.result == -EDEADSRCDST,
		"P2's blocked sendrec ended with %d/%d", r, m.m_ktest.result);
	r = recv(P1, &m);
	CHECK(r == OK && m.m_ktest.result == OK, "statectl gave %d/%d", r,
		m.m_ktest.result);
	m = mk(77, NONE, 0);
	r = cmd(P1, KT_STATECTL, &m);
	CHECK(r == OK && m.m_ktest.result == -EINVAL,
		"statectl request 77 gave %d/%d", r, m.m_ktest.result);
}

/* The sums of P1's and P2's buffers, asked at their endpoints. */
static void peer_sums(uint32_t *s1, uint32_t *s2)
{
	message m = mk(0, NONE, 0);

	*s1 = cmd(P1, KT_SUM, &m) == OK && m.m_source == P1
		? m.m_ktest.value : 0;
	m = mk(0, NONE, 0);
	*s2 = cmd(P2, KT_SUM, &m) == OK && m.m_source == P2
		? m.m_ktest.value : 0;
}

/* Two peers trade programs: each endpoint then answers from the other's
 * memory, and a second swap undoes it.  A process queued to send cannot
 * be swapped; nor can the caller, a task, or no one. */
static void t_update(void)
{
	const uint32_t one = 0x11 * KT_BUF_SIZE, two = 0x22 * KT_BUF_SIZE;
	uint32_t s1, s2;
	message m;
	int r;

	m = mk(0, NONE, 0x11);
	cmd(P1, KT_FILL, &m);
	m = mk(0, NONE, 0x22);
	cmd(P2, KT_FILL, &m);
	r = sys_update(P1, P2);
	CHECK(r == OK, "update gave %d", r);
	peer_sums(&s1, &s2);
	CHECK(s1 == two && s2 == one, "after the swap P1 sums %u, P2 %u",
		s1, s2);
	r = sys_update(P2, P1);
	peer_sums(&s1, &s2);
	CHECK(r == OK && s1 == one && s2 == two,
		"swapped back (%d): P1 sums %u, P2 %u", r, s1, s2);
	CHECK(sys_update(P1, P1) == -EINVAL, "a process with itself");
	CHECK(sys_update(self_ep, P1) == -EPERM, "the caller itself");
	CHECK(sys_update(P1, SYSTEM) == -EPERM, "a kernel task");
	CHECK(sys_update(P1, NEVER_EP) == -EDEADSRCDST, "no one");
	m = mk(0, self_ep, 9);
	m.m_type = KT_SEND_TO;		/* P2 blocks sending to us */
	ipc_send(P2, &m);
	sleep_ticks(2);
	r = sys_update(P1, P2);
	CHECK(r == -EBUSY, "a queued sender swapped: %d", r);
	recv(P2, &m);
	recv(P2, &m);
}

/* P1 waits for our answer to its sendrec: our own sendrec to it would
 * pass for that answer, and is refused instead. */
static void t_crossed_requests(void)
{
	message m = mk(0, self_ep, 3);
	int r;

	m.m_type = KT_SENDREC_TO;
	ipc_send(P1, &m);
	r = recv(P1, &m);		/* P1 now waits for our answer */
	CHECK(r == OK && m.m_ktest.value == 3, "P1's request: %d", r);
	m = mk(0, NONE, 0);
	m.m_type = KT_ECHO;
	r = ipc_sendrec(P1, &m);
	CHECK(r == -ELOCKED, "a request crossing P1's gave %d", r);
	m = mk(0, NONE, 0);
	m.m_type = KT_REPORT;
	r = ipc_send(P1, &m);		/* the answer P1 waits for */
	CHECK(r == OK, "answering P1 gave %d", r);
	r = recv(P1, &m);
	CHECK(r == OK && m.m_ktest.result == OK, "P1's sendrec ended %d/%d",
		r, m.m_ktest.result);
}

/* --- REPLY_RECV: a server's answer and next receive in one call ------- */

/* P1 sendrecs us; we answer and receive in one call.  Its report of the
 * sendrec (sent with ipc_send, after our answer) is what we receive. */
static void t_reply_recv(void)
{
	message m = mk(0, self_ep, 3);
	int r, rs = 1;

	m.m_type = KT_SENDREC_TO;
	ipc_send(P1, &m);
	r = recv(P1, &m);		/* P1 now waits for our answer */
	CHECK(r == OK && m.m_ktest.value == 3, "P1's request: %d", r);
	m = mk(0, NONE, 44);
	m.m_type = KT_REPORT;
	r = ipc_reply_recv(P1, ANY, &m, &rs);
	while (r == OK && m.m_type == KT_SPIN)
		r = recv(P1, &m);	/* a spinner's, passed over */
	CHECK(rs == OK, "the answer to P1's sendrec gave %d", rs);
	CHECK(r == OK && m.m_source == P1 && m.m_type == KT_REPORT
		&& m.m_ktest.result == OK, "then received %d from %d type %x "
		"result %d", r, m.m_source, m.m_type, m.m_ktest.result);
}

/* An answer to a process that does not wait for it is dropped with
 * ENOTREADY, exactly as ipc_sendnb's; an answer to no one gets what
 * sendnb does too.  The receive happens all the same. */
static void t_reply_recv_not_waiting(void)
{
	message m = mk(0, self_ep, 7);
	int r, rs = 1, nb;

	m.m_type = KT_SEND_TO;		/* P1 queues a message for us */
	ipc_send(P1, &m);
	sleep_ticks(2);
	m = mk(0, NONE, 0);
	nb = ipc_sendnb(spinners[0], &m);
	r = ipc_reply_recv(spinners[0], P1, &m, &rs);
	CHECK(nb == -ENOTREADY && rs == nb, "reply to a busy process gave "
		"%d, sendnb %d", rs, nb);
	CHECK(r == OK && m.m_source == P1 && m.m_ktest.value == 7,
		"then received %d from %d value %u", r, m.m_source,
		m.m_ktest.value);
	recv(P1, &m);			/* P1's report */
	m = mk(0, self_ep, 8);
	m.m_type = KT_SEND_TO;
	ipc_send(P1, &m);
	r = ipc_reply_recv(NEVER_EP, P1, &m, &rs);
	CHECK(rs == -EDEADSRCDST, "reply to a dead endpoint gave %d", rs);
	CHECK(r == OK && m.m_ktest.value == 8, "then received %d value %u",
		r, m.m_ktest.value);
	recv(P1, &m);
	r = ipc_reply_recv(NONE, NEVER_EP, &m, &rs);
	CHECK(rs == -EINVAL, "reply to NONE gave %d", rs);
	CHECK(r == -EDEADSRCDST, "receive from a dead endpoint gave %d", r);
}

/* The receive half takes what is waiting as ipc_receive does: pending
 * notifications first, then queued senders, then asynchronous
 * messages, even when the answer went to a process that waited. */
static void t_reply_recv_order(void)
{
	message m = mk(0, self_ep, 5);
	int r, rs = 1, i, p1_report = 0, p2_report = 0, async = 0;

	m.m_type = KT_SEND_TO;		/* P1: a sender queued on us */
	ipc_send(P1, &m);
	m = mk(1, self_ep, 0);		/* P2: a notification, */
	cmd(P2, KT_NOTIFY, &m);
	m = mk(1, self_ep, 0);		/* an asynchronous message, */
	cmd(P2, KT_SENDA, &m);
	m = mk(0, self_ep, 0);		/* and a wait for our answer */
	m.m_type = KT_RECEIVE_FROM;
	ipc_send(P2, &m);
	sleep_ticks(2);
	m = mk(0, NONE, 66);
	m.m_type = KT_REPORT;
	r = ipc_reply_recv(P2, ANY, &m, &rs);
	CHECK(rs == OK, "the answer to P2 gave %d", rs);
	CHECK(r == OK && m.m_type == NOTIFY_MESSAGE && m.m_source == P2,
		"first came %d: type %x from %d, not P2's notification", r,
		m.m_type, m.m_source);
	m = mk(0, NONE, 0);
	r = ipc_reply_recv(spinners[0], ANY, &m, &rs);
	CHECK(r == OK && m.m_source == P1 && m.m_ktest.value == 5,
		"second came %d: type %x from %d, not P1's message", r,
		m.m_type, m.m_source);
	for (i = 0; i < 3; i++) {	/* two reports and P2's senda */
		if (recv(ANY, &m) != OK)
			break;
		if (m.m_source == P1)
			p1_report++;
		else if (m.m_source == P2 && m.m_ktest.value == 66)
			p2_report++;
		else if (m.m_source == P2 && m.m_ktest.value == 1)
			async++;
	}
	CHECK(p1_report == 1 && p2_report == 1 && async == 1, "then %d, %d "
		"and %d of P1's report, P2's report (our answer) and P2's "
		"asynchronous message", p1_report, p2_report, async);
}

/* A bad buffer is EFAULT for each half that touches it, never a panic:
 * the answer is read from it, the next message written into it. */
static void t_reply_recv_efault(void)
{
	message m = mk(0, self_ep, 4);
	int r, rs = 1;

	r = ipc_reply_recv(spinners[0], ANY, (message *) 0x10, &rs);
	CHECK(rs == -EFAULT && r == -EFAULT, "address 0x10 gave %d/%d", rs, r);
	r = ipc_reply_recv(spinners[0], ANY, (message *) 0xC0001000, &rs);
	CHECK(rs == -EFAULT && r == -EFAULT, "a kernel address gave %d/%d",
		rs, r);
	m.m_type = KT_SENDREC_TO;	/* P1 waits for our answer */
	ipc_send(P1, &m);
	recv(P1, &m);
	r = ipc_reply_recv(P1, ANY, (message *) (void *) t_efault, &rs);
	CHECK(rs == OK, "an answer from read-only text gave %d", rs);
	CHECK(r == -EFAULT, "receiving into read-only text gave %d", r);
	r = recv(P1, &m);
	CHECK(r == OK && m.m_ktest.result == OK, "P1's sendrec ended %d/%d",
		r, m.m_ktest.result);
}

static void t_kill(void)
{
	message m;
	int r;

	r = sys_kill(spinners[1], SIGKILL);
	CHECK(r == OK, "kill gave %d", r);
	CHECK(!is_alive(spinners[1]), "the spinner survived SIGKILL");
	memset(&m, 0, sizeof(m));
	r = ipc_sendnb(spinners[1], &m);
	CHECK(r == -EDEADSRCDST, "sendnb to the dead gave %d", r);
	r = sys_kill(P1, 0);
	CHECK(r == -EINVAL, "signal 0 gave %d", r);
	r = sys_kill(NEVER_EP, SIGKILL);
	CHECK(r == -EDEADSRCDST, "killing no one gave %d", r);
}

static void t_exit(void)
{
	message m = mk(7, NONE, 0);
	int r;

	r = sys_kill(spinners[0], SIGTERM);
	CHECK(r == OK && !is_alive(spinners[0]), "SIGTERM left it alive");
	m = mk(7, NONE, 0);
	r = cmd(P2, KT_EXIT, &m);
	CHECK(r == -EDEADSRCDST, "sendrec to a peer that exits gave %d", r);
	CHECK(!is_alive(P2), "P2 is still alive after exit");
}

static void t_getinfo(void)
{
	struct kinfo ki;
	struct proc_info tab[NR_TASKS + NR_PROCS], me;
	char line[256];
	int n, i, found = 0, r;

	r = sys_getkinfo(&ki);
	CHECK(r == OK && ki.k_hz == HZ && ki.k_mem_total > 0
		&& ki.k_mem_free <= ki.k_mem_total, "kinfo: %d", r);
	n = sys_getproctab(tab, NR_TASKS + NR_PROCS);
	for (i = 0; i < n; i++)
		found += strcmp(tab[i].pi_name, "kpeer") == 0;
	CHECK(n >= NR_TASKS + 1 && found >= 1, "proctab: %d entries, %d peers",
		n, found);
	r = sys_whoami(&me);
	CHECK(r == OK && strcmp(me.pi_name, "ktest") == 0
		&& me.pi_endpoint == self_ep, "whoami: %d %s", r, me.pi_name);
	r = sys_getcmdline(line, sizeof(line));
	CHECK(r == OK && strstr(line, "panic=exit") != NULL,
		"cmdline: %d '%s'", r, line);
	r = sys_getinfo(99, line, sizeof(line), NONE);
	CHECK(r == -EINVAL, "getinfo 99 gave %d", r);
	r = sys_getinfo(GET_KINFO, (void *) 0x40, sizeof(ki), NONE);
	CHECK(r == -EFAULT, "getinfo into address 0x40 gave %d", r);
}

/* --- DMA memory --------------------------------------------------------- */

#define DMA_VA		0xA0000000u	/* where ktest asks for DMA pages */
#define DMA_ALIAS	0xA0100000u	/* and sees them again by address */
#define DMA_PAGES	5

static uint32_t mem_free(void)
{
	struct kinfo ki;

	return sys_getkinfo(&ki) == OK ? ki.k_mem_free : 0;
}

/* The frames are contiguous and where the call said: mapped again by
 * their physical address, they show what was written through the first
 * mapping, in the same order. */
static void dma_check_alias(phys_bytes phys)
{
	struct mem_range mr = { phys, phys + DMA_PAGES * 4096 - 1 };
	volatile uint32_t *a = (uint32_t *) DMA_VA, *b = (uint32_t *) DMA_ALIAS;
	int r, i, bad = 0;

	for (i = 0; i < DMA_PAGES; i++)
		a[i * 1024 + 7] = 0xD0A0 + i;
	r = sys_privctl(SELF, SYS_PRIV_ADD_MEM, &mr);
	CHECK(r == OK, "adding the range to ourselves gave %d", r);
	r = sys_memmap(MM_MAP_PHYS, SELF, DMA_ALIAS, DMA_PAGES * 4096, phys,
		0);
	CHECK(r == OK, "mapping the frames by address gave %d", r);
	for (i = 0; r == OK && i < DMA_PAGES; i++)
		bad += b[i * 1024 + 7] != 0xD0A0 + (uint32_t) i;
	CHECK(bad == 0, "%d pages are not where the call said", bad);
	(void) sys_memmap(MM_FREE, SELF, DMA_ALIAS, DMA_PAGES * 4096, 0, 0);
}

static void t_dmaalloc(void)
{
	uint32_t before = mem_free(), zero = 0;
	phys_bytes phys = 0, other;
	int r, i;

	r = sys_dmaalloc(DMA_VA, DMA_PAGES * 4096, &phys);
	CHECK(r == OK && phys != 0 && (phys & 4095) == 0,
		"allocating %d pages gave %d at 0x%x", DMA_PAGES, r, phys);
	if (r != OK)
		return;
	for (i = 0; i < DMA_PAGES * 1024; i++)
		zero |= ((volatile uint32_t *) DMA_VA)[i];
	CHECK(zero == 0, "the pages are not zeroed");
	CHECK(before - mem_free() >= DMA_PAGES * 4096,
		"free memory went from %u to %u", before, mem_free());
	dma_check_alias(phys);
	r = sys_dmaalloc(DMA_VA + 4096, 4096, &other);
	CHECK(r == -EEXIST, "allocating over mapped pages gave %d", r);
	r = sys_dmaalloc(DMA_VA + 0x200000 + 8, 4096, &other);
	CHECK(r == -EINVAL, "an unaligned address gave %d", r);
	r = sys_dmaalloc(DMA_VA + 0x200000, 0, &other);
	CHECK(r == -EINVAL, "zero bytes gave %d", r);
	r = sys_dmaalloc(DMA_VA + 0x200000, DMA_ALLOC_MAX + 4096, &other);
	CHECK(r == -EINVAL, "more than DMA_ALLOC_MAX gave %d", r);
	r = sys_dmaalloc(0xBFFFF000, 0x2000, &other);
	CHECK(r == -EINVAL, "a range into the kernel's space gave %d", r);
	(void) sys_memmap(MM_FREE, SELF, DMA_VA, DMA_PAGES * 4096, 0, 0);
	/* Every frame is back; the page table made for them may stay. */
	CHECK(before - mem_free() <= 4096, "free memory is %u, was %u before",
		mem_free(), before);
}

/* --- benchmark ----------------------------------------------------------- */


static void bench(void)
{
	enum { N = 10000 };
	uint64_t t0, t1;
	message m;
	int i;

	for (i = 0; i < 100; i++) {	/* warm up */
		m = mk(0, NONE, i);
		cmd(P1, KT_ECHO, &m);
	}
	t0 = read_tsc();
	for (i = 0; i < N; i++) {
		m.m_type = KT_ECHO;
		ipc_sendrec(P1, &m);
	}
	t1 = read_tsc();
	printf("bench: ipc_roundtrip %u instructions\n",
		(unsigned) ((t1 - t0) / N));
	t0 = read_tsc();
	for (i = 0; i < N; i++)
		_kernel_call(SYS_STATECTL, &m);	/* invalid request: no work */
	t1 = read_tsc();
	printf("bench: null_kernel_call %u instructions\n",
		(unsigned) ((t1 - t0) / N));
}

int main(int argc, char **argv)
{
	struct proc_info me;
	char line[256];

	sys_stdio_to_console();
	sys_whoami(&me);
	self_ep = me.pi_endpoint;
	bench_mode = argc > 1 && strcmp(argv[1], "bench") == 0;
	start_peers();
	if (argc > 1 && strcmp(argv[1], "bench") == 0) {
		while (nr_peers < 1) {
			message m;
			if (ipc_receive(ANY, &m) == OK && m.m_type == KT_HELLO)
				peers[nr_peers++] = m.m_source;
		}
		bench();
		printf("bench: done\n");
		sys_abort(RBT_POWEROFF);
	}
	if (sys_getcmdline(line, sizeof(line)) == OK) {
		if (strstr(line, "ktest=panic") != NULL)
			sys_abort(RBT_PANIC);	/* for the panic test */
		if (strstr(line, "ktest=reboot") != NULL)
			sys_abort(RBT_REBOOT);	/* for the reboot test */
	}
	gather_hellos();
	printf("ktest: %d peers and %d spinners are up\n", nr_peers,
		nr_spinners);
	run("ipc_sendrec_round_trip", t_sendrec);
	run("ipc_with_direction_flag_set", t_direction_flag);
	run("ipc_send_then_receive", t_send_then_receive);
	run("ipc_receive_from_one_source", t_receive_specific);
	run("ipc_sendnb", t_sendnb);
	run("ipc_notify_coalesces_and_waits_during_sendrec", t_notify);
	run("ipc_senda_table", t_senda);
	run("ipc_dead_endpoint_is_EDEADSRCDST", t_dead_endpoint);
	run("ipc_cycle_is_ELOCKED", t_elocked);
	run("statectl_clear_ipc_refs", t_statectl);
	run("update_swaps_programs_endpoints_stay", t_update);
	run("ipc_crossed_requests_are_ELOCKED", t_crossed_requests);
	run("reply_recv_answers_and_receives", t_reply_recv);
	run("reply_recv_answer_to_one_not_waiting_is_as_sendnb",
		t_reply_recv_not_waiting);
	run("reply_recv_receives_notify_then_senders_then_async",
		t_reply_recv_order);
	run("reply_recv_bad_buffer_is_EFAULT", t_reply_recv_efault);
	run("ipc_bad_buffer_is_EFAULT", t_efault);
	run("ipc_bad_primitive_is_EBADCALL", t_bad_call);
	run("privctl_sets_and_checks", t_privctl);
	run("ipc_forbidden_target_is_ECALLDENIED", t_ipc_denied);
	run("kernel_call_outside_mask_is_ECALLDENIED", t_kcall_denied);
	run("devio_ports_checked_against_ranges", t_devio);
	run("irqctl_rtc_interrupt_becomes_notify", t_irqctl);
	run("setalarm_notifies_from_clock", t_setalarm);
	run("times_counts_cpu_and_uptime", t_times);
	run("preemption_two_spinners_both_progress", t_preemption);
	run("runctl_stop_and_resume", t_runctl);
	run("grant_read_and_its_limits", t_grant_read);
	run("grant_write", t_grant_write);
	run("grant_wrong_peer_refused", t_grant_wrong_peer);
	run("grant_indirect", t_grant_indirect);
	run("fault_null_dereference_isolated", t_fault_pf);
	run("fault_general_protection_isolated", t_fault_gp);
	run("fault_divide_error_isolated", t_fault_de);
	run("fault_invalid_opcode_isolated", t_fault_ud);
	run("kill_ends_a_process", t_kill);
	run("exit_ends_a_process", t_exit);
	run("getinfo", t_getinfo);
	run("dmaalloc_contiguous_zeroed_checked_freed", t_dmaalloc);
	printf("%d passed, %d failed\n", passed, failed);
	fflush(stdout);
	sys_abort(RBT_POWEROFF);
	return 0;
}
