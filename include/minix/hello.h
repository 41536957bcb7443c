/*
 * hello.h - the hello driver's interface (drivers/hello).
 *
 * /dev/hello reads HELLO_MSG.
 */
#ifndef _MINIX_HELLO_H
#define _MINIX_HELLO_H

#define HELLO_MSG	"Hello, World!\n"

#endif
