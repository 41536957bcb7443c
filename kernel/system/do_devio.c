/*
 * do_devio.c - SYS_DEVIO: one port read or write, in the caller's ranges.
 */
#include "kernel.h"
#include "system.h"

/* Decode a devio request word: size in bytes, or 0 if malformed. */
int devio_size(int request)
{
	switch (request & DIO_SIZE_MASK) {
	case DIO_BYTE: return 1;
	case DIO_WORD: return 2;
	case DIO_LONG: return 4;
	default: return 0;
	}
}

/* Perform one checked port access. */
uint32_t devio_do(int request, uint32_t port, uint32_t value)
{
	bool out = (request & DIO_DIR_MASK) == DIO_OUTPUT;

	switch (devio_size(request)) {
	case 1:
		if (out) outb(port, value); else value = inb(port);
		break;
	case 2:
		if (out) outw(port, value); else value = inw(port);
		break;
	default:
		if (out) outl(port, value); else value = inl(port);
		break;
	}
	return value;
}

int do_devio(struct proc *caller, message *m)
{
	int req = m->m_sys_devio.request;
	uint32_t port = m->m_sys_devio.port;
	int size = devio_size(req);

	if (size == 0 || (req & ~(DIO_DIR_MASK | DIO_SIZE_MASK)) != 0
	    || port > 0xFFFF)
		return -EINVAL;
	if (!priv_io_allowed(caller->p_priv, port, size))
		return -EPERM;
	m->m_sys_devio_reply.value = devio_do(req, port, m->m_sys_devio.value);
	return OK;
}
