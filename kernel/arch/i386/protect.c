/*
 * protect.c - the descriptor tables: GDT (flat code and data for ring 0
 * and ring 3, one TSS), IDT (exceptions, the two PICs' IRQs, and the IPC
 * vector, the only one user mode may raise with int).
 *
 * Entry points: prot_init(); the TSS, whose esp0 switch.h sets.
 */
#include "kernel.h"

static struct segdesc gdt[GDT_ENTRIES];
static struct gatedesc idt[256];
struct tss tss;			/* its esp0: switch.h */

extern char trap_0[], trap_1[], trap_2[], trap_3[], trap_4[], trap_5[],
	trap_6[], trap_7[], trap_8[], trap_9[], trap_10[], trap_11[],
	trap_12[], trap_13[], trap_14[], trap_15[], trap_16[], trap_17[],
	trap_18[], trap_19[], trap_20[], trap_21[], trap_22[], trap_23[],
	trap_24[], trap_25[], trap_26[], trap_27[], trap_28[], trap_29[],
	trap_30[], trap_31[], trap_32[], trap_33[], trap_34[], trap_35[],
	trap_36[], trap_37[], trap_38[], trap_39[], trap_40[], trap_41[],
	trap_42[], trap_43[], trap_44[], trap_45[], trap_46[], trap_47[],
	trap_48[];

/* Vectors 0..IPC_VECTOR in order; what is not listed stays not present. */
static char *const trap_entry[] = {
	trap_0, trap_1, trap_2, trap_3, trap_4, trap_5, trap_6, trap_7,
	trap_8, trap_9, trap_10, trap_11, trap_12, trap_13, trap_14, trap_15,
	trap_16, trap_17, trap_18, trap_19, trap_20, trap_21, trap_22, trap_23,
	trap_24, trap_25, trap_26, trap_27, trap_28, trap_29, trap_30, trap_31,
	trap_32, trap_33, trap_34, trap_35, trap_36, trap_37, trap_38, trap_39,
	trap_40, trap_41, trap_42, trap_43, trap_44, trap_45, trap_46, trap_47,
	trap_48,
};
_Static_assert(ELEMENTS(trap_entry) == IPC_VECTOR + 1, "one stub a vector");

#define ACC_PRESENT	0x80
#define ACC_CODE	0x9A	/* present, code, readable */
#define ACC_DATA	0x92	/* present, data, writable */
#define ACC_TSS		0x89	/* present, 32-bit available TSS */
#define ACC_DPL3	0x60
#define GRAN_4K32	0xC0	/* 4 KiB granularity, 32-bit */
#define GATE_INT	0x8E	/* present, 32-bit interrupt gate */

static void set_seg(int i, uint32_t base, uint32_t limit, uint8_t access,
	uint8_t gran)
{
	gdt[i].limit_low = limit & 0xFFFF;
	gdt[i].base_low = base & 0xFFFF;
	gdt[i].base_mid = (base >> 16) & 0xFF;
	gdt[i].access = access;
	gdt[i].granularity = gran | ((limit >> 16) & 0x0F);
	gdt[i].base_high = base >> 24;
}

static void set_gate(int vec, void *handler, int dpl)
{
	uint32_t off = (uint32_t) handler;

	idt[vec].offset_low = off & 0xFFFF;
	idt[vec].selector = KERN_CS;
	idt[vec].zero = 0;
	idt[vec].type_attr = GATE_INT | (dpl << 5);
	idt[vec].offset_high = off >> 16;
}

/* Set up and load the GDT, TSS and IDT. */
void prot_init(void)
{
	struct desc_ptr gp, ip;
	int v;

	set_seg(KERN_CS >> 3, 0, 0xFFFFF, ACC_CODE, GRAN_4K32);
	set_seg(KERN_DS >> 3, 0, 0xFFFFF, ACC_DATA, GRAN_4K32);
	set_seg(USER_CS >> 3, 0, 0xFFFFF, ACC_CODE | ACC_DPL3, GRAN_4K32);
	set_seg(USER_DS >> 3, 0, 0xFFFFF, ACC_DATA | ACC_DPL3, GRAN_4K32);
	tss.ss0 = KERN_DS;
	tss.iomap_base = sizeof(tss);	/* no I/O bitmap: ring 3 gets no ports */
	set_seg(TSS_SEL >> 3, (uint32_t) &tss, sizeof(tss) - 1, ACC_TSS, 0);

	gp.limit = sizeof(gdt) - 1;
	gp.base = (uint32_t) gdt;
	load_gdt(&gp);

	for (v = 0; v <= IPC_VECTOR; v++)
		set_gate(v, trap_entry[v], v == IPC_VECTOR ? 3 : 0);
	ip.limit = sizeof(idt) - 1;
	ip.base = (uint32_t) idt;
	load_idt(&ip);
}
