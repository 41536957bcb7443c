/*
 * libc_sys.h - what the portable part of libc needs from the system.
 *
 * The system-call side of libc (lib/libc/sys/) defines these; <unistd.h>
 * and <fcntl.h> declare the same for programs.  Keeping the list here lets
 * the portable code be compiled on its own, e.g. for the host unit tests,
 * which supply fakes.
 */
#ifndef _LIBC_SYS_H
#define _LIBC_SYS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

void *sbrk(intptr_t incr);
ssize_t write(int fd, const void *buf, size_t n);
ssize_t read(int fd, void *buf, size_t n);
off_t lseek(int fd, off_t off, int whence);
int close(int fd);
int open(const char *path, int flags, ...);
void _exit(int status) __attribute__((noreturn));
int isatty(int fd);

extern char **environ;

#ifndef O_RDONLY
#define O_RDONLY	0
#define O_WRONLY	1
#define O_RDWR		2
#define O_CREAT		0x40
#define O_EXCL		0x80
#define O_TRUNC		0x200
#define O_APPEND	0x400
#endif

#ifndef SEEK_SET
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#endif

/*
 * GCC may turn a copying or clearing loop into a call to memcpy() or
 * memset(); inside those functions that call would be to themselves.
 */
#define __libc_no_loop_calls \
	__attribute__((optimize("no-tree-loop-distribute-patterns")))

#endif
