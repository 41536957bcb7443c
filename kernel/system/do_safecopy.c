/*
 * do_safecopy.c - SYS_SAFECOPYFROM and SYS_SAFECOPYTO: copy through a
 * grant.
 *
 * The grant is looked up in its owner's table and must name the caller
 * (or ANY) as grantee, allow the direction, and cover the whole range.
 * An indirect grant passes on part of a grant its maker received; the
 * chain is followed to the memory at its end, checking every link.  A
 * magic grant, which only VFS may make, names a client's memory directly
 * (a read() buffer that the file server fills).
 * Anything else is EPERM, and nothing is copied.
 */
#include "kernel.h"
#include "system.h"
#include <minix/safecopies.h>

/* Resolve grant g of owner for grantee: on success *mem_owner and *addr
 * say whose memory and where [off, off + bytes) of the grant lies. */
static int verify_grant(endpoint_t owner_e, endpoint_t grantee,
	cp_grant_id_t g, uint32_t access, vir_bytes off, vir_bytes bytes,
	struct proc **mem_owner, vir_bytes *addr, int depth)
{
	struct proc *owner;
	struct priv *pr;
	cp_grant_t cg;
	vir_bytes start, len;

	if (depth > GRANT_MAX_DEPTH || ep_to_proc(owner_e, &owner) != OK
	    || iskernelp(owner))
		return -EPERM;
	pr = owner->p_priv;
	if (!(pr->s_flags & PRIV_SYS_PROC) || g < 0 || g >= pr->s_grant_entries)
		return -EPERM;
	if (copy_vir(owner, pr->s_grant_table + g * sizeof(cg), NULL,
	    (vir_bytes) &cg, sizeof(cg)) != OK)
		return -EPERM;
	if ((cg.cp_flags & (CPF_USED | CPF_VALID)) != (CPF_USED | CPF_VALID)
	    || (cg.cp_who_to != ANY && cg.cp_who_to != grantee)
	    || (cg.cp_flags & access) != access)
		return -EPERM;
	if (cg.cp_flags & CPF_DIRECT) {
		start = cg.cp_u.cp_direct.cp_start;
		len = cg.cp_u.cp_direct.cp_len;
	} else if (cg.cp_flags & CPF_INDIRECT) {
		start = cg.cp_u.cp_indirect.cp_start;
		len = cg.cp_u.cp_indirect.cp_len;
	} else if ((cg.cp_flags & CPF_MAGIC) && (pr->s_flags & PRIV_MAGIC)) {
		start = cg.cp_u.cp_magic.cp_start;
		len = cg.cp_u.cp_magic.cp_len;
	} else {
		return -EPERM;
	}
	if (off > len || bytes > len - off || start + off < start)
		return -EPERM;
	if (cg.cp_flags & CPF_DIRECT) {
		*mem_owner = owner;
		*addr = start + off;
		return OK;
	}
	if (cg.cp_flags & CPF_MAGIC) {	/* the memory of a third process */
		if (ep_to_proc(cg.cp_u.cp_magic.cp_who_from, mem_owner) != OK
		    || iskernelp(*mem_owner))
			return -EPERM;
		*addr = start + off;
		return OK;
	}
	return verify_grant(cg.cp_u.cp_indirect.cp_who_from, owner_e,
		cg.cp_u.cp_indirect.cp_grant, access, start + off, bytes,
		mem_owner, addr, depth + 1);
}

static int safecopy(struct proc *caller, message *m, uint32_t access)
{
	struct m_sys_safecopy *sc = &m->m_sys_safecopy;
	struct proc *owner;
	vir_bytes addr;
	int r;

	r = verify_grant(sc->owner, caller->p_endpoint, sc->grant, access,
		sc->offset, sc->bytes, &owner, &addr, 0);
	if (r != OK)
		return r;
	if (access == CPF_READ)
		return copy_vir(owner, addr, caller, sc->addr, sc->bytes);
	return copy_vir(caller, sc->addr, owner, addr, sc->bytes);
}

int do_safecopyfrom(struct proc *caller, message *m)
{
	return safecopy(caller, m, CPF_READ);
}

int do_safecopyto(struct proc *caller, message *m)
{
	return safecopy(caller, m, CPF_WRITE);
}
