/*
 * rs232.c - the first serial port (COM1, 115200 8N1): output a FIFO-full
 * at a time, input by interrupt.  The port is probed first: a PC
 * without one (many since 2010) gets a message once, and the console is
 * the screen alone.
 */
#include <stdio.h>
#include "tty.h"

#define COM1		0x3F8
#define UART_RBR	0
#define UART_THR	0
#define UART_IER	1
#define UART_IIR	2
#define UART_MCR	4
#define UART_LSR	5
#define UART_SCR	7	/* scratch: holds what is written */
#define LSR_DR		0x01	/* data ready */
#define LSR_THRE	0x20	/* room to send */
#define IER_RDA		0x01	/* interrupt when data arrives */
#define MCR_DTR_RTS_OUT2 0x0B	/* OUT2 routes the interrupt to the PIC */
#define FIFO_DEPTH	16
#define SPIN_LIMIT	100000

static int hook = RS232_HOOK;
static bool present;

/* Whether the port is there, for a live update's new version. */
bool rs_present(void)
{
	return present;
}

void rs_set_present(bool there)
{
	present = there;
}

/* A UART keeps what is written to its scratch register; with no chip
 * at the address, the bus reads back 0xFF whatever was written. */
static bool probe(void)
{
	uint32_t v;

	if (sys_outb(COM1 + UART_SCR, 0x5A) != OK
	    || sys_inb(COM1 + UART_SCR, &v) != OK || (v & 0xFF) != 0x5A)
		return false;
	sys_outb(COM1 + UART_SCR, 0xA5);
	return sys_inb(COM1 + UART_SCR, &v) == OK && (v & 0xFF) == 0xA5;
}

/* fresh: the first start, which says so when there is no port (a
 * restarted tty finds the same machine and keeps quiet). */
int rs_init(bool fresh)
{
	int r;

	if (!probe()) {
		if (fresh)
			printf("tty: no serial port at 0x%x; the console is "
				"the screen alone\n", COM1);
		present = false;
		return OK;
	}
	if ((r = sys_irqsetpolicy(RS232_IRQ, IRQ_REENABLE, &hook)) != OK)
		return r;
	sys_outb(COM1 + UART_MCR, MCR_DTR_RTS_OUT2);
	sys_outb(COM1 + UART_IER, IER_RDA);
	present = true;
	rs_interrupt();			/* take what came before us */
	return OK;
}

void rs_write(const char *buf, size_t n)
{
	struct pv_pair pv[FIFO_DEPTH];
	uint32_t lsr;
	size_t i, k;
	int spin;

	if (!present)
		return;
	for (i = 0; i < n; ) {
		for (spin = 0; spin < SPIN_LIMIT; spin++)
			if (sys_inb(COM1 + UART_LSR, &lsr) != OK
			    || (lsr & LSR_THRE))
				break;
		for (k = 0; k < FIFO_DEPTH && i < n; k++, i++) {
			pv[k].port = COM1 + UART_THR;
			pv[k].value = (uint8_t) buf[i];
		}
		(void) sys_vdevio(DIO_OUTPUT | DIO_BYTE, pv, k);
	}
}

void rs_interrupt(void)
{
	uint32_t lsr, c;
	char buf[64];
	size_t n = 0;

	while (n < sizeof(buf) && sys_inb(COM1 + UART_LSR, &lsr) == OK
	    && (lsr & LSR_DR)) {
		sys_inb(COM1 + UART_RBR, &c);
		buf[n++] = (char) c;
	}
	if (n > 0)
		tty_input(&console_tty, buf, n);
}
