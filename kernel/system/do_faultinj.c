/*
 * do_faultinj.c - SYS_FAULTINJ: corrupt a running process on purpose.
 *
 * Reserved for fault injection campaigns (docs/faults.md): only a
 * service whose system.conf entry names FAULTINJ may call it, and no
 * service in the shipped configuration but the injector does.  It
 * changes one word of the target - in its memory (text, data, a stack
 * word relative to its stack pointer) or a saved register - by XOR, so
 * that a second identical call undoes a text fault; or it arms one
 * message fault (msgfault.c).  The old word and its address come back,
 * so the injector can name exactly what it did.
 *
 * Text pages are read-only to the target, not to the kernel: the write
 * goes through the kernel's direct map of the frame.
 */
#include "kernel.h"
#include "system.h"

/* The saved register an FI_R_* index names. */
static uint32_t *reg_of(struct proc *p, uint32_t r)
{
	struct stackframe *f = &p->p_reg;

	switch (r) {
	case FI_R_EAX: return &f->eax;
	case FI_R_EBX: return &f->ebx;
	case FI_R_ECX: return &f->ecx;
	case FI_R_EDX: return &f->edx;
	case FI_R_ESI: return &f->esi;
	case FI_R_EDI: return &f->edi;
	case FI_R_EBP: return &f->ebp;
	case FI_R_ESP: return &f->esp;
	case FI_R_EIP: return &f->eip;
	default: return NULL;
	}
}

/* XOR the user word at va (within one page, mapped) with mask. */
static int xor_word(struct proc *p, vir_bytes va, uint32_t mask,
	uint32_t *old)
{
	uint8_t *k;
	int i;

	if ((va & (PAGE_SIZE - 1)) > PAGE_SIZE - 4)
		return -EINVAL;		/* would straddle two pages */
	if ((k = umap(p, va, false)) == NULL)
		return -EFAULT;
	*old = 0;
	for (i = 0; i < 4; i++) {
		*old |= (uint32_t) k[i] << (8 * i);
		k[i] ^= (uint8_t) (mask >> (8 * i));
	}
	return OK;
}

int do_faultinj(struct proc *caller, message *m)
{
	struct m_sys_faultinj *fi = &m->m_sys_faultinj;
	struct proc *p;
	uint32_t *reg;
	int r;

	if ((r = call_target(caller, fi->ep, &p)) != OK)
		return r;
	if (p == caller || !(p->p_priv->s_flags & PRIV_SYS_PROC))
		return -EPERM;		/* only other system processes */
	switch (fi->kind) {
	case FI_MEM:
		fi->addr = fi->where;
		return xor_word(p, fi->addr, fi->mask, &fi->old);
	case FI_STACK:
		fi->addr = p->p_reg.esp + (fi->where & ~3u);
		return xor_word(p, fi->addr, fi->mask, &fi->old);
	case FI_REG:
		if ((reg = reg_of(p, fi->where)) == NULL)
			return -EINVAL;
		fi->old = *reg;
		*reg ^= fi->mask;
		return OK;
	case FI_MSG_DROP:
	case FI_MSG_DUP:
	case FI_MSG_GARBLE:
		p->p_msgfault = fi->kind;
		p->p_msgfault_where = fi->where;
		p->p_msgfault_mask = fi->mask;
		return OK;
	default:
		return -EINVAL;
	}
}
