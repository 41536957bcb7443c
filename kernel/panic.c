/*
 * panic.c - the kernel's last words.
 *
 * panic() prints the reason, the registers of the trap that led here (if
 * any) and a backtrace with function names, then halts - or leaves QEMU
 * with a failure status when booted with panic=exit, so that a test run
 * ends at once.  Function names come from a table the build links into
 * the kernel (see the kernel Makefile: ksyms).
 *
 * Entry points: panic(), panic_frame(), ksym_lookup().
 */
#include <stdarg.h>
#include "kernel.h"

struct ksym {
	uint32_t addr;
	uint32_t name;		/* offset in ksym_names */
};
extern const uint32_t ksym_count;
extern const struct ksym ksym_table[];
extern const char ksym_names[];
extern char kstack[], kstack_top[];

static bool panicking;

/* The function containing addr, and addr's offset into it. */
const char *ksym_lookup(uint32_t addr, uint32_t *offset)
{
	uint32_t lo = 0, hi = ksym_count;

	if (ksym_count == 0 || addr < ksym_table[0].addr)
		return NULL;
	while (hi - lo > 1) {		/* the last entry <= addr */
		uint32_t mid = (lo + hi) / 2;
		if (ksym_table[mid].addr <= addr)
			lo = mid;
		else
			hi = mid;
	}
	*offset = addr - ksym_table[lo].addr;
	return &ksym_names[ksym_table[lo].name];
}

static void print_addr(uint32_t addr)
{
	uint32_t off;
	const char *name = ksym_lookup(addr, &off);

	if (name != NULL)
		kprintf("  0x%08x %s+0x%x\n", addr, name, off);
	else
		kprintf("  0x%08x ?\n", addr);
}

static void backtrace(uint32_t ebp)
{
	int depth;

	kprintf("backtrace:\n");
	for (depth = 0; depth < 32 && ebp != 0; depth++) {
		if (ebp < (uint32_t) kstack || ebp + 8 > (uint32_t) kstack_top)
			break;
		print_addr(((uint32_t *) ebp)[1]);
		ebp = ((uint32_t *) ebp)[0];
	}
}

static void dump_frame(const struct stackframe *f)
{
	kprintf("trap %d, error 0x%x, cr2 0x%08x\n", f->trapno, f->err,
		read_cr2());
	kprintf("eax %08x ebx %08x ecx %08x edx %08x\n",
		f->eax, f->ebx, f->ecx, f->edx);
	kprintf("esi %08x edi %08x ebp %08x eflags %08x\n",
		f->esi, f->edi, f->ebp, f->eflags);
	kprintf("eip %08x cs %04x\n", f->eip, f->cs);
	print_addr(f->eip);
}

static __attribute__((noreturn)) void vpanic(const struct stackframe *f,
	const char *fmt, va_list ap)
{
	uint32_t ebp;

	cli();
	if (panicking)
		arch_panic_exit();	/* a panic while panicking: just stop */
	panicking = true;
	kprintf("\nkernel panic: ");
	kvprintf(fmt, ap);
	kprintf("\n");
	if (f != NULL) {
		dump_frame(f);
		ebp = f->ebp;
	} else {
		__asm__ volatile("mov %%ebp, %0" : "=r"(ebp));
		if (proc_ptr != NULL && !iskernelp(proc_ptr)) {
			kprintf("registers at kernel entry:\n");
			dump_frame(&proc_ptr->p_reg);
		}
	}
	if (proc_ptr != NULL)
		kprintf("current process: %s (endpoint %d)\n",
			proc_ptr->p_name, proc_ptr->p_endpoint);
	backtrace(ebp);
	kprintf("System halted.\n");
	arch_panic_exit();
}

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vpanic(NULL, fmt, ap);
	va_end(ap);
}

void panic_frame(const struct stackframe *f, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vpanic(f, fmt, ap);
	va_end(ap);
}
