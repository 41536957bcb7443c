/*
 * lpt.c - the parallel port LPT1 in its original (SPP, "Centronics")
 * mode: reset the printer, read its state, hand it a byte.
 *
 * Handing over a byte: the byte on the data lines, then a pulse on
 * STROBE; the printer answers with BUSY until it has taken the byte and
 * a pulse on ACK (which, with IRQEN set, raises IRQ 7).  The datasheets
 * want the data steady 0.5 us before and during a strobe of at least
 * 0.5 us; a port access takes about a microsecond, so writing the
 * control register twice makes the pulse.
 *
 * Port access failing means our privileges in system.conf are wrong: a
 * panic.
 *
 * Entry points: lpt_init(), lpt_poll(), lpt_put(), lpt_why(),
 * lpt_present(), lpt_set_present().
 */
#include <minix/syslib.h>
#include "printer.h"

#define CTL_IDLE	(CTL_NINIT | CTL_SELECTIN | CTL_IRQEN)
#define RESET_READS	16	/* port reads: INIT low for a few us */
#define POLL_READS	64	/* status reads while BUSY before giving up */

static bool present;

static uint8_t in(uint32_t port)
{
	uint32_t v;
	int r;

	if ((r = sys_inb(port, &v)) != OK)
		panic("printer: inb 0x%x: %d", port, r);
	return v & 0xFF;
}

static void out(uint32_t port, uint8_t value)
{
	int r;

	if ((r = sys_outb(port, value)) != OK)
		panic("printer: outb 0x%x: %d", port, r);
}

/* A port that is there gives back what was written to its data lines;
 * nothing at all reads 0xFF. */
static bool probe(void)
{
	out(LPT_DATA, 0x55);
	if (in(LPT_DATA) != 0x55)
		return false;
	out(LPT_DATA, 0xAA);
	return in(LPT_DATA) == 0xAA;
}

bool lpt_present(void)
{
	return present;
}

void lpt_set_present(bool there)
{
	present = there;
}

/* Find the port and reset the printer: INIT low for a few
 * microseconds, then high, with the printer selected. */
bool lpt_init(void)
{
	int i;

	if (!(present = probe()))
		return false;
	out(LPT_CONTROL, CTL_SELECTIN);
	for (i = 0; i < RESET_READS; i++)
		(void) in(LPT_STATUS);
	out(LPT_CONTROL, CTL_IDLE);
	return true;
}

static enum lpt_state classify(uint8_t st)
{
	if (st & ST_PAPEROUT)
		return LPT_NOPAPER;
	if (!(st & ST_SELECT))
		return LPT_OFFLINE;
	if (!(st & ST_NERROR))
		return LPT_FAULT;
	if (!(st & ST_NBUSY))
		return LPT_BUSY;
	return LPT_READY;
}

/* The printer's state; a busy printer is polled a while first, since
 * most are busy only for the microseconds a byte takes. */
enum lpt_state lpt_poll(void)
{
	enum lpt_state s = LPT_BUSY;
	int i;

	if (!present)
		return LPT_ABSENT;
	for (i = 0; i < POLL_READS && s == LPT_BUSY; i++)
		s = classify(in(LPT_STATUS));
	return s;
}

/* Hand the (ready) printer one byte, in one kernel call. */
void lpt_put(uint8_t byte)
{
	struct pv_pair pv[] = {
		{ .port = LPT_DATA, .value = byte },
		{ .port = LPT_CONTROL, .value = CTL_IDLE | CTL_STROBE },
		{ .port = LPT_CONTROL, .value = CTL_IDLE | CTL_STROBE },
		{ .port = LPT_CONTROL, .value = CTL_IDLE },
	};
	int r;

	if ((r = sys_vdevio(DIO_OUTPUT | DIO_BYTE, pv, 4)) != OK)
		panic("printer: vdevio: %d", r);
}

const char *lpt_why(enum lpt_state s)
{
	switch (s) {
	case LPT_READY:		return "ready";
	case LPT_BUSY:		return "busy for too long";
	case LPT_NOPAPER:	return "out of paper";
	case LPT_OFFLINE:	return "off line";
	case LPT_FAULT:		return "printer error";
	case LPT_ABSENT:	return "no parallel port";
	}
	return "?";
}
