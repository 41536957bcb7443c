/*
 * i8259.c - the two cascaded 8259A interrupt controllers.
 *
 * IRQ 0-7 arrive on vectors 0x20-0x27, IRQ 8-15 on 0x28-0x2F.  A line
 * stays masked until a handler is put on it; the cascade line 2 is always
 * open.  Entry points: pic_init(), pic_enable(), pic_disable(), pic_eoi(),
 * pic_spurious().
 */
#include "kernel.h"

#define PIC1_CMD	0x20
#define PIC1_DATA	0x21
#define PIC2_CMD	0xA0
#define PIC2_DATA	0xA1
#define ICW1_INIT	0x11	/* edge triggered, cascade, ICW4 follows */
#define ICW4_8086	0x01
#define OCW2_EOI	0x20
#define OCW3_READ_ISR	0x0B
#define CASCADE_IRQ	2

static uint16_t irq_mask = 0xFFFF & ~(1 << CASCADE_IRQ);

static void write_mask(void)
{
	outb(PIC1_DATA, irq_mask & 0xFF);
	outb(PIC2_DATA, irq_mask >> 8);
}

void pic_init(void)
{
	outb(PIC1_CMD, ICW1_INIT);
	outb(PIC2_CMD, ICW1_INIT);
	outb(PIC1_DATA, IRQ0_VECTOR);
	outb(PIC2_DATA, IRQ8_VECTOR);
	outb(PIC1_DATA, 1 << CASCADE_IRQ);	/* slave on line 2 */
	outb(PIC2_DATA, CASCADE_IRQ);		/* slave's identity */
	outb(PIC1_DATA, ICW4_8086);
	outb(PIC2_DATA, ICW4_8086);
	write_mask();
}

void pic_enable(int irq)
{
	irq_mask &= ~(1 << irq);
	write_mask();
}

void pic_disable(int irq)
{
	if (irq == CASCADE_IRQ)
		return;
	irq_mask |= 1 << irq;
	write_mask();
}

void pic_eoi(int irq)
{
	if (irq >= 8)
		outb(PIC2_CMD, OCW2_EOI);
	outb(PIC1_CMD, OCW2_EOI);
}

/* Lines 7 and 15 can fire with nothing in service (a glitch); such an
 * interrupt must not be acknowledged as a real one. */
bool pic_spurious(int irq)
{
	uint8_t isr;

	if (irq == 7) {
		outb(PIC1_CMD, OCW3_READ_ISR);
		isr = inb(PIC1_CMD);
		return !(isr & 0x80);
	}
	if (irq == 15) {
		outb(PIC2_CMD, OCW3_READ_ISR);
		isr = inb(PIC2_CMD);
		if (!(isr & 0x80)) {
			outb(PIC1_CMD, OCW2_EOI);	/* the master saw it */
			return true;
		}
	}
	return false;
}
