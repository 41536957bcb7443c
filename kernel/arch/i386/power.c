/*
 * power.c - halting, powering off and rebooting the machine.
 *
 * Power-off writes the S5 sleep type to the PM1 control ports the ACPI
 * tables name (acpi.c); without tables it tries the ports QEMU's PC
 * machines (i440FX, Q35) and Bochs use.  Reboot uses the FADT's reset
 * register, then the keyboard controller's reset line, then a triple
 * fault, which resets any PC.  Each step is given a moment to act before
 * the next one.  When the boot options ask for panic=exit, a panic leaves
 * QEMU through its isa-debug-exit device with a non-zero status.
 *
 * Entry points: arch_shutdown(), arch_panic_exit().
 */
#include "kernel.h"

#define QEMU_PM1A_CNT	0x604
#define BOCHS_PM1A_CNT	0xB004
#define PM1_SLP_EN	0x2000
#define PM1_SLP_TYP(t)	(((t) & 7) << 10)
#define KBC_CMD		0x64
#define KBC_RESET	0xFE
#define DEBUG_EXIT_PORT	0xF4

/* Give the hardware a moment (the loop is long enough on any CPU that a
 * QEMU or a real chipset acts within it). */
static void settle(void)
{
	int i;

	for (i = 0; i < 2000000; i++)
		__asm__ volatile("pause");
}

static void poweroff(void)
{
	uint16_t v;

	if (acpi_power.pm1a_cnt != 0) {
		v = PM1_SLP_TYP(acpi_power.have_s5 ? acpi_power.s5_typ_a : 0)
			| PM1_SLP_EN;
		/* Keep SCI_EN and the other bits the firmware set. */
		outw(acpi_power.pm1a_cnt,
			(inw(acpi_power.pm1a_cnt) & ~(PM1_SLP_TYP(7)))
			| v);
		if (acpi_power.pm1b_cnt != 0)
			outw(acpi_power.pm1b_cnt, v);
		settle();
		kprintf("ACPI power-off did not act; trying the emulators' "
			"ports.\n");
	}
	outw(QEMU_PM1A_CNT, PM1_SLP_EN);
	outw(BOCHS_PM1A_CNT, PM1_SLP_EN);
	settle();
}

static void reboot(void)
{
	struct desc_ptr none = { 0, 0 };
	int i;

	if (acpi_power.reset_port != 0) {
		outb(acpi_power.reset_port, acpi_power.reset_value);
		settle();
	}
	for (i = 0; i < 100000 && (inb(KBC_CMD) & 0x02); i++)
		;
	outb(KBC_CMD, KBC_RESET);
	settle();
	/* Still here: a triple fault resets any PC. */
	load_idt(&none);
	__asm__ volatile("int $3");
}

void arch_shutdown(int how)
{
	cli();
	switch (how) {
	case RBT_POWEROFF:
		kprintf("Powering off.\n");
		poweroff();
		kprintf("The machine did not power off.\n");
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
	if (boot_opt_panic_exit) {
		serial_drain();
		outb(DEBUG_EXIT_PORT, 1);
	}
	halt_forever();
}
