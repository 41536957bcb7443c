/*
 * power.c - halting, powering off and rebooting the machine.
 *
 * Power-off uses the ACPI PM1a control port that QEMU's PC machines
 * (i440FX and Q35) and Bochs use; on a machine where that does nothing we
 * halt and say so.  When the boot options ask for panic=exit, a panic
 * leaves QEMU through its isa-debug-exit device with a non-zero status.
 *
 * Entry points: arch_shutdown(), arch_panic_exit().
 */
#include "kernel.h"

#define QEMU_PM1A_CNT	0x604
#define BOCHS_PM1A_CNT	0xB004
#define PM1_SLP_EN	0x2000		/* SLP_TYP 0 = S5 on these machines */
#define KBC_CMD		0x64
#define KBC_RESET	0xFE
#define DEBUG_EXIT_PORT	0xF4

static void poweroff(void)
{
	outw(QEMU_PM1A_CNT, PM1_SLP_EN);
	outw(BOCHS_PM1A_CNT, PM1_SLP_EN);
}

static void reboot(void)
{
	struct desc_ptr none = { 0, 0 };
	int i;

	for (i = 0; i < 100000 && (inb(KBC_CMD) & 0x02); i++)
		;
	outb(KBC_CMD, KBC_RESET);
	/* Still here: a triple fault resets any PC. */
	load_idt(&none);
	__asm__ volatile("int $3");
}

void arch_shutdown(int how)
{
	int i;

	cli();
	switch (how) {
	case RBT_POWEROFF:
		kprintf("Powering off.\n");
		poweroff();
		for (i = 0; i < 1000000; i++)	/* the machine may take a moment */
			__asm__ volatile("pause");
		break;
	case RBT_REBOOT:
		kprintf("Rebooting.\n");
		reboot();
		break;
	}
	kprintf("System halted. It is safe to turn the computer off.\n");
	halt_forever();
}

/* After a panic: leave QEMU with status 3 if asked, else just halt. */
void arch_panic_exit(void)
{
	if (boot_opt_panic_exit)
		outb(DEBUG_EXIT_PORT, 1);
	halt_forever();
}
