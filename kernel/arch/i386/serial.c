/*
 * serial.c - the kernel's output on COM1, 115200 baud 8N1, polled.
 */
#include "kernel.h"

#define COM1		0x3F8
#define UART_THR	0	/* transmit holding register */
#define UART_IER	1
#define UART_DLL	0	/* divisor latch, while DLAB is set */
#define UART_DLM	1
#define UART_FCR	2
#define UART_LCR	3
#define UART_MCR	4
#define UART_LSR	5
#define LCR_DLAB	0x80
#define LCR_8N1		0x03
#define LSR_THRE	0x20
#define LSR_TEMT	0x40	/* all sent, FIFO and shift register */
#define SPIN_LIMIT	100000	/* give up on a port that never drains */

void serial_init(void)
{
	outb(COM1 + UART_IER, 0);
	outb(COM1 + UART_LCR, LCR_DLAB);
	outb(COM1 + UART_DLL, 1);		/* 115200 / 1 */
	outb(COM1 + UART_DLM, 0);
	outb(COM1 + UART_LCR, LCR_8N1);
	outb(COM1 + UART_FCR, 0x07);		/* enable and clear FIFOs */
	outb(COM1 + UART_MCR, 0x03);		/* DTR, RTS */
}

void serial_putc(int c)
{
	int spin = SPIN_LIMIT;

	while (!(inb(COM1 + UART_LSR) & LSR_THRE) && --spin > 0)
		;
	outb(COM1 + UART_THR, c);
}

/* Wait until every character written has left the port (before QEMU is
 * told to exit, which would drop what its UART still holds). */
void serial_drain(void)
{
	int spin = SPIN_LIMIT * 10;

	while (!(inb(COM1 + UART_LSR) & LSR_TEMT) && --spin > 0)
		;
}
