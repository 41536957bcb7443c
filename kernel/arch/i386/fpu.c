/*
 * fpu.c - the floating-point unit, switched lazily.
 *
 * The FPU keeps the state of its last user (fpu_owner).  Switching to
 * another process sets CR0.TS, so its first FPU instruction traps (#NM);
 * only then is the owner's state saved and the new one's restored.
 * Processes that never touch the FPU never pay for it.
 *
 * The state is saved with FXSAVE where the CPU has it (Pentium II and
 * later), else with FNSAVE, whose 108-byte image fits the same buffer: a
 * Pentium runs the same system, only without SSE.
 *
 * A state that comes from user memory (a signal frame) is checked before
 * it can ever be loaded: FXRSTOR of an MXCSR with reserved bits set
 * faults, and in the kernel a fault is a panic (fpu_state_ok).
 *
 * Entry points: fpu_init(), fpu_trap(), fpu_release(),
 * fpu_state_ok(); fpu_switch() is in switch.h.
 */
#include "kernel.h"

#define CPUID_FXSR	(1u << 24)
#define CPUID_SSE	(1u << 25)

#define FX_MXCSR	24		/* offsets in the FXSAVE image */
#define FX_MXCSR_MASK	28
#define MXCSR_MASK_DEFAULT 0xFFBF	/* when the CPU reports none */

struct proc *fpu_owner;		/* fpu_switch(): switch.h */
static bool have_fxsr;
static bool have_sse;
static uint32_t mxcsr_mask;		/* the MXCSR bits this CPU has */

static uint32_t fx_word(const struct fpu_state *s, int offset)
{
	uint32_t v;

	memcpy(&v, s->fx + offset, sizeof(v));
	return v;
}

/* May s be loaded with FXRSTOR on this CPU? */
bool fpu_state_ok(const struct fpu_state *s)
{
	return !have_sse || (fx_word(s, FX_MXCSR) & ~mxcsr_mask) == 0;
}

void fpu_init(void)
{
	uint32_t a, b, c, d;

	cpuid(1, &a, &b, &c, &d);
	have_fxsr = (d & CPUID_FXSR) != 0;
	have_sse = have_fxsr && (d & CPUID_SSE) != 0;
	write_cr0((read_cr0() & ~CR0_EM) | CR0_MP | CR0_NE);
	if (have_fxsr)
		write_cr4(read_cr4() | CR4_OSFXSR
			| (have_sse ? CR4_OSXMMEXCPT : 0));
	__asm__ volatile("fninit");
	if (have_sse) {
		static struct fpu_state probe;

		__asm__ volatile("fxsave %0" : "=m"(probe));
		mxcsr_mask = fx_word(&probe, FX_MXCSR_MASK);
		if (mxcsr_mask == 0)
			mxcsr_mask = MXCSR_MASK_DEFAULT;
	}
	write_cr0(read_cr0() | CR0_TS);
}

/* Save the FPU's state into s (FNSAVE also reinitialises the FPU, which
 * every caller is about to reload or give up anyway). */
static void save_state(struct fpu_state *s)
{
	if (have_fxsr)
		__asm__ volatile("fxsave %0" : "=m"(*s));
	else
		__asm__ volatile("fnsave %0" : "=m"(*s));
}

static void restore_state(const struct fpu_state *s)
{
	if (have_fxsr)
		__asm__ volatile("fxrstor %0" : : "m"(*s));
	else
		__asm__ volatile("frstor %0" : : "m"(*s));
}

/* #NM from user mode: give p the FPU.  Returns true (it is never an
 * error while the FPU exists). */
bool fpu_trap(struct proc *p)
{
	uint32_t mxcsr = 0x1F80;	/* all SIMD exceptions masked */

	clts();
	if (fpu_owner != NULL) {
		save_state(&fpu_owner->p_fpu);
		fpu_owner->p_misc_flags |= MF_FPU_SAVED;
	}
	if (p->p_misc_flags & MF_FPU_SAVED) {
		restore_state(&p->p_fpu);
	} else {
		__asm__ volatile("fninit");
		if (have_sse)
			__asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
	}
	fpu_owner = p;
	return true;
}

/* Make p_fpu current: if p's state is live in the FPU, save it there. */
void fpu_save(struct proc *p)
{
	if (fpu_owner != p)
		return;
	clts();
	save_state(&p->p_fpu);
	p->p_misc_flags |= MF_FPU_SAVED;
	fpu_owner = NULL;
	write_cr0(read_cr0() | CR0_TS);
}

void fpu_release(struct proc *p)
{
	if (fpu_owner == p)
		fpu_owner = NULL;
	p->p_misc_flags &= ~MF_FPU_SAVED;
}
