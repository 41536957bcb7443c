/*
 * pcitest.c - a service that uses the PCI bus driver the way a driver
 * would, and prints what each step answered (test/qemu/test_pci.py).
 *
 * usage (as a service, with a "pci" line in its system.conf entry):
 *	service up /usr/tests/pcitest [-label L] -args "list|probe|reserve"
 *	service up /usr/tests/pcitest -label pcifuzz -args "fuzz N"
 *
 * list:    print each device the entry lets it see.
 * probe:   list, then the whole protocol on the first device: refusals
 *          before the reservation, the reservation and what it grants,
 *          bad arguments.
 * reserve: reserve the first device and say how that went.
 * fuzz:    N random, mostly malformed requests straight to pci, then
 *          check that it still answers.  No configuration writes: a
 *          write by a device's holder is a driver's right, not bad
 *          input.
 * Then it stays up (a driver would serve its device) until stopped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/pci.h>

#define BAR4		0x20	/* IDE: the bus master registers */

static void say(const char *what, int r)
{
	printf("pcitest: %s: %s\n", what, r == OK ? "ok" : strerror(-r));
}

static int list(void)
{
	struct pci_info d;
	int r, first = -1, n = 0;

	for (r = pci_first_dev(&d); r == OK; r = pci_next_dev(d.devind, &d)) {
		printf("pcitest: sees %02x:%02x.%x %04x:%04x class %06x\n",
		    d.bus, d.dev, d.func, d.vid, d.did,
		    (unsigned) d.class_code);
		if (first < 0)
			first = d.devind;
		n++;
	}
	printf("pcitest: %d visible (%s)\n", n, strerror(-r));
	return first;
}

/* Before the reservation: reads work, the rest is refused. */
static void before_reserving(int devind)
{
	struct pci_info vga;
	uint32_t v = 0, base, size, port;
	int io;

	say("read vendor", pci_attr_read(devind, 0, 2, &v));
	printf("pcitest: vendor %04x\n", (unsigned) v);
	say("write before reserve", pci_attr_write(devind, 0x3C, 1, 11));
	say("bar before reserve", pci_get_bar(devind, BAR4, &base, &size,
	    &io));
	say("find 00:02.0", pci_find_dev(0, 2, 0, &vga));
	say("find 00:1f.7", pci_find_dev(0, 0x1f, 7, &vga));
	/* The bus master ports, read from configuration space: not ours
	 * until the reservation. */
	if (pci_attr_read(devind, BAR4, 4, &v) == OK && (v & 1)) {
		port = v & ~3u;
		say("port before reserve", sys_inb(port, &v));
	}
}

static void after_reserving(int devind)
{
	uint32_t v, base = 0, size = 0;
	int io = 0;

	say("bar4", pci_get_bar(devind, BAR4, &base, &size, &io));
	printf("pcitest: bar4 %s base %x size %u\n", io ? "io" : "memory",
	    (unsigned) base, (unsigned) size);
	if (io && size > 0)
		say("port after reserve", sys_inb(base, &v));
	say("reserve again", pci_reserve(devind));
	say("bar 0x11", pci_get_bar(devind, 0x11, &base, &size, &io));
	say("read reg 256", pci_attr_read(devind, 256, 1, &v));
	say("read size 3", pci_attr_read(devind, 0, 3, &v));
	say("read misaligned", pci_attr_read(devind, 1, 2, &v));
	say("read devind 999", pci_attr_read(999, 0, 2, &v));
	say("reserve devind -5", pci_reserve(-5));
}

static uint32_t rng = 0x9E3779B9u;

static uint32_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static void fuzz(int count)
{
	struct pci_info d;
	endpoint_t pci;
	message m;
	size_t i;
	int n, r, failures = 0;

	if ((r = ds_retrieve_label_endpt("pci", &pci)) != OK) {
		say("find pci", r);
		return;
	}
	for (n = 0; n < count; n++) {
		for (i = 0; i < sizeof(m.m_u32) / sizeof(m.m_u32[0]); i++)
			m.m_u32[i] = next_random() % 4 == 0 ? next_random()
				: next_random() % 300 - 20;
		do
			m.m_type = next_random() % 8 == 0 ? (int) next_random()
				: PCI_BASE + (int) (next_random() % 12);
		while (m.m_type == PCI_ATTR_W);
		if ((r = ipc_sendrec(pci, &m)) != OK)
			failures++;
	}
	printf("pcitest: fuzz: %d messages, %d not answered\n", count,
	    failures);
	say("pci after fuzz", pci_first_dev(&d));
}

int main(int argc, char **argv)
{
	message m;
	int devind;

	sef_startup();
	if (argc == 3 && strcmp(argv[1], "fuzz") == 0) {
		fuzz(atoi(argv[2]));
		printf("pcitest: done\n");
		for (;;)
			(void) sef_receive(ANY, &m);
	}
	if (argc != 2 || (strcmp(argv[1], "list") != 0 &&
	    strcmp(argv[1], "probe") != 0 && strcmp(argv[1], "reserve") != 0)) {
		printf("usage: pcitest list|probe|reserve|fuzz N\n");
		return 1;
	}
	devind = list();
	if (devind >= 0 && strcmp(argv[1], "probe") == 0) {
		before_reserving(devind);
		say("reserve", pci_reserve(devind));
		after_reserving(devind);
	} else if (devind >= 0 && strcmp(argv[1], "reserve") == 0) {
		say("reserve", pci_reserve(devind));
	}
	printf("pcitest: done\n");
	for (;;)
		(void) sef_receive(ANY, &m);
}
