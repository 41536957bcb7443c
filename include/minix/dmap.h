/*
 * minix/dmap.h - the one list of device majors, and the driver (by its
 * label) that serves each; and the one list of socket domains, and the
 * socket driver that serves each.
 *
 * etc/devices.list names its nodes' majors from here (mkfs.mfs reads
 * this file when it makes the root file system), VFS maps the boot set's
 * drivers from it before anyone can say `service up -dev`, and knows the
 * terminal's majors by it.  X(NAME, major, "driver label").
 */
#ifndef _MINIX_DMAP_H
#define _MINIX_DMAP_H

#define DEVICE_MAJORS(X) \
	X(MEMORY,	1,	"memory")	/* ram, mem, null, zero */ \
	X(AT_WINI,	3,	"at_wini")	/* the disks: IDE, or ahci */ \
	X(TTY,		4,	"tty")		/* console, serial lines */ \
	X(CTTY,		5,	"")		/* /dev/tty: VFS's own */ \
	X(PRINTER,	6,	"printer")	/* the parallel port */ \
	X(LOG,		15,	"log")		/* /dev/log */ \
	X(RANDOM,	16,	"random")	/* random, urandom */ \
	X(HELLO,	17,	"hello")	/* the example driver */ \
	X(FAULTY,	18,	"faulty")	/* the recovery tests' driver */

/* VFS sends the sockets of a domain to the driver of that label
 * (msg/sock.h).  X(domain, "driver label"); the domains are the AF_* of
 * <sys/socket.h>, which whoever expands the list includes. */
#define SOCKET_DOMAINS(X) \
	X(AF_INET,	"inet")		/* IPv4: TCP, UDP, raw ICMP */

#define _DMAP_MAJOR(NAME, major, label)	NAME##_MAJOR = major,
enum device_major { DEVICE_MAJORS(_DMAP_MAJOR) };
#undef _DMAP_MAJOR

#endif
