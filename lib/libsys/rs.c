/*
 * rs.c - a system process's calls to RS (see <minix/rs.h>).
 *
 * Entry point: rs_pci_acl().
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/rs.h>

/* RS copies the entry into acl, in our memory. */
int rs_pci_acl(endpoint_t ep, struct rs_pci_acl *acl)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_type = RS_PCI_ACL;
	m.m_rs_pci_acl.ep = ep;
	m.m_rs_pci_acl.buf = (vir_bytes) acl;
	m.m_rs_pci_acl.len = sizeof(*acl);
	if ((r = ipc_sendrec(RS_PROC_EP, &m)) != OK)
		return r;
	return m.m_type;
}
