/*
 * minix/rs.h - what system processes ask of RS besides SEF's handshake
 * (lib/libsys/rs.c; the protocol is msg/rs.h).
 *
 * RS waits on nothing but DS and the kernel, so any system process may
 * wait on it (docs/architecture.md, "Who may sendrec whom").
 */
#ifndef _MINIX_RS_H
#define _MINIX_RS_H

#include <minix/types.h>
#include <minix/msg/rs.h>

/* The PCI devices the service at ep may use (its system.conf entry),
 * with its label.  Only the PCI bus driver may ask.  OK, -ESRCH when
 * no service has ep now, or another negated error. */
int rs_pci_acl(endpoint_t ep, struct rs_pci_acl *acl);

#endif
