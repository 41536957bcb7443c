/*
 * sys_devio.c - SYS_DEVIO: one port access.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_devio(int request, uint32_t port, uint32_t value, uint32_t *result)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_sys_devio.request = request;
	m.m_sys_devio.port = port;
	m.m_sys_devio.value = value;
	if ((r = _kernel_call(SYS_DEVIO, &m)) != OK)
		return r;
	if (result != NULL)
		*result = m.m_sys_devio_reply.value;
	return OK;
}

int sys_inb(uint32_t port, uint32_t *value)
{
	return sys_devio(DIO_INPUT | DIO_BYTE, port, 0, value);
}

int sys_inw(uint32_t port, uint32_t *value)
{
	return sys_devio(DIO_INPUT | DIO_WORD, port, 0, value);
}

int sys_inl(uint32_t port, uint32_t *value)
{
	return sys_devio(DIO_INPUT | DIO_LONG, port, 0, value);
}

int sys_outb(uint32_t port, uint32_t value)
{
	return sys_devio(DIO_OUTPUT | DIO_BYTE, port, value, NULL);
}

int sys_outw(uint32_t port, uint32_t value)
{
	return sys_devio(DIO_OUTPUT | DIO_WORD, port, value, NULL);
}

int sys_outl(uint32_t port, uint32_t value)
{
	return sys_devio(DIO_OUTPUT | DIO_LONG, port, value, NULL);
}
