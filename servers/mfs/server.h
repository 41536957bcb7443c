/*
 * server.h - the MFS server around the file system core (mfs.h).
 */
#ifndef _MFS_SERVER_H
#define _MFS_SERVER_H

#include <stdbool.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include "mfs.h"

int bdev_attach(endpoint_t driver, uint32_t device, const char *label,
	int readonly, struct mfs_blockdev *bd);
void bdev_detach(void);
void bdev_new_driver(endpoint_t ep);

#endif
