/*
 * hello.h - what makes one version of the hello driver differ from
 * another: its greeting and the layout of the record it writes (v1.c,
 * drivers/hello.v2/v2.c).  The driver, hello.c, is the same.
 */
#ifndef HELLO_HELLO_H
#define HELLO_HELLO_H

#include <minix/hello.h>

struct hello_version {
	const char *hv_msg;		/* what a read of /dev/hello gives */
	uint32_t hv_record;		/* the record layout it writes */
};

extern const struct hello_version hello_version;

#endif
