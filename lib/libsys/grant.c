/*
 * grant.c - the calling process's grant table.
 *
 * The table lives in our memory and the kernel reads it on every safecopy
 * by a grantee.  It starts small and static and doubles when full; when it
 * moves, the kernel is told about the new copy before the old one is
 * freed, so a grantee never reads freed memory.
 */
#include <stdlib.h>
#include <string.h>
#include <minix/syslib.h>

#define GRANTS_INITIAL	64

static cp_grant_t initial_table[GRANTS_INITIAL];
static cp_grant_t *table;
static int table_size;

static int grow(void)
{
	cp_grant_t *bigger, *old = table;
	int n = table_size == 0 ? GRANTS_INITIAL : table_size * 2, r;

	if (table_size == 0) {
		bigger = initial_table;
	} else {
		if ((bigger = calloc(n, sizeof(*bigger))) == NULL)
			return -ENOMEM;
		memcpy(bigger, table, table_size * sizeof(*table));
	}
	if ((r = sys_setgrant(bigger, n)) != OK) {
		if (bigger != initial_table)
			free(bigger);
		return r;
	}
	table = bigger;
	table_size = n;
	if (old != NULL && old != initial_table)
		free(old);
	return OK;
}

static cp_grant_id_t free_slot(void)
{
	int i, r;

	for (i = 0; i < table_size; i++)
		if (!(table[i].cp_flags & CPF_USED))
			return i;
	if ((r = grow()) != OK)
		return r;
	return free_slot();
}

cp_grant_id_t cpf_grant_direct(endpoint_t who, vir_bytes addr, size_t len,
	int access)
{
	cp_grant_id_t g;

	if ((access & ~CPF_ACCMASK) != 0)
		return -EINVAL;
	if ((g = free_slot()) < 0)
		return g;
	table[g].cp_who_to = who;
	table[g].cp_u.cp_direct.cp_start = addr;
	table[g].cp_u.cp_direct.cp_len = len;
	table[g].cp_flags = CPF_USED | CPF_VALID | CPF_DIRECT | access;
	return g;
}

/* Pass on part of a grant we received from `from` to `who`. */
cp_grant_id_t cpf_grant_indirect(endpoint_t who, endpoint_t from,
	cp_grant_id_t grant, vir_bytes offset, size_t len, int access)
{
	cp_grant_id_t g;

	if ((access & ~CPF_ACCMASK) != 0)
		return -EINVAL;
	if ((g = free_slot()) < 0)
		return g;
	table[g].cp_who_to = who;
	table[g].cp_u.cp_indirect.cp_who_from = from;
	table[g].cp_u.cp_indirect.cp_grant = grant;
	table[g].cp_u.cp_indirect.cp_start = offset;
	table[g].cp_u.cp_indirect.cp_len = len;
	table[g].cp_flags = CPF_USED | CPF_VALID | CPF_INDIRECT | access;
	return g;
}

/* Grant who access to len bytes at addr in another process, from's,
 * memory.  Only a PRIV_MAGIC process (VFS) can make the kernel honour it:
 * a file server can then fill a user's read() buffer directly. */
cp_grant_id_t cpf_grant_magic(endpoint_t who, endpoint_t from, vir_bytes addr,
	size_t len, int access)
{
	cp_grant_id_t g;

	if ((access & ~CPF_ACCMASK) != 0)
		return -EINVAL;
	if ((g = free_slot()) < 0)
		return g;
	table[g].cp_who_to = who;
	table[g].cp_u.cp_magic.cp_who_from = from;
	table[g].cp_u.cp_magic.cp_start = addr;
	table[g].cp_u.cp_magic.cp_len = len;
	table[g].cp_flags = CPF_USED | CPF_VALID | CPF_MAGIC | access;
	return g;
}

int cpf_revoke(cp_grant_id_t g)
{
	if (g < 0 || g >= table_size || !(table[g].cp_flags & CPF_USED))
		return -EINVAL;
	table[g].cp_flags = 0;
	return OK;
}
