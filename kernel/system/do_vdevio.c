/*
 * do_vdevio.c - SYS_VDEVIO: a vector of port accesses of one kind.
 *
 * Every port is checked before the first is touched; inputs are written
 * back into the caller's vector.
 */
#include "kernel.h"
#include "system.h"

int do_vdevio(struct proc *caller, message *m)
{
	struct pv_pair vec[VDEVIO_MAX];
	int req = m->m_sys_vdevio.request;
	int n = m->m_sys_vdevio.count, size = devio_size(req), i, r;
	vir_bytes addr = m->m_sys_vdevio.vec;

	if (size == 0 || n <= 0 || n > VDEVIO_MAX
	    || (req & ~(DIO_DIR_MASK | DIO_SIZE_MASK)) != 0)
		return -EINVAL;
	if ((r = copy_vir(caller, addr, NULL, (vir_bytes) vec,
	    n * sizeof(vec[0]))) != OK)
		return r;
	for (i = 0; i < n; i++)
		if (vec[i].port > 0xFFFF
		    || !priv_io_allowed(caller->p_priv, vec[i].port, size))
			return -EPERM;
	for (i = 0; i < n; i++)
		vec[i].value = devio_do(req, vec[i].port, vec[i].value);
	if ((req & DIO_DIR_MASK) == DIO_OUTPUT)
		return OK;
	return copy_vir(NULL, (vir_bytes) vec, caller, addr, n * sizeof(vec[0]));
}
