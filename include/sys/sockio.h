/*
 * sys/sockio.h - socket ioctls: interfaces and their configuration
 * (ifconfig).  Any AF_INET socket will do to ask; changes need root.
 */
#ifndef _SYS_SOCKIO_H
#define _SYS_SOCKIO_H

#include <sys/ioctl.h>
#include <net/if.h>

/* struct ifinfo of the interface named in ifi_name, or (ifi_name "")
 * the ifi_index-th; ENXIO when there is none. */
#define SIOCGIFINFO	_IOWR('i', 1, struct ifinfo)
/* Change an interface: struct ifset. */
#define SIOCSIFINFO	_IOW('i', 2, struct ifset)

#endif
