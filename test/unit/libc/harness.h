/*
 * harness.h - reporting and the fake system under the libc tests.
 *
 * A test program runs cases; each prints "ok NAME" or "FAIL NAME: why",
 * and t_done() prints "N passed, M failed" and gives the exit status.
 * A case is either one check (t_check, t_str, t_int) or a block between
 * t_begin() and t_end(), failing on its first t_fail().
 *
 * The fakes stand in for the system calls libc makes (rs_sbrk, rs_write,
 * rs_read, rs_open, ...): a static heap arena and in-memory files.
 */
#ifndef HARNESS_H
#define HARNESS_H

#include <setjmp.h>
#include <stddef.h>

void t_check(const char *name, int ok, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void t_str(const char *name, const char *got, const char *want);
void t_int(const char *name, long long got, long long want);
void t_begin(const char *name);
void t_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int t_failed(void);		/* has the current block failed yet? */
void t_end(void);
int t_done(void);

/* The heap: sbrk over a static arena. */
#define FAKE_ARENA	(48 * 1024 * 1024)
void fake_sbrk_reset(void);
void *fake_sbrk_steal(size_t n);	/* move the break as another user would */
size_t fake_sbrk_used(void);

/* Files: a flat name space in memory.  Descriptors 0-2 are the
 * standard ones: 0 reads fake_stdin's text, 1 and 2 collect output. */
void fake_files_reset(void);
void fake_set_stdin(const char *text);
void fake_set_tty(int fd, int tty);
int fake_isatty_calls(void);		/* isatty() calls so far */
void fake_set_read_chunk(size_t max);	/* longest read() answer */
const char *fake_output(int fd);	/* what fd 1 or 2 got */
int fake_write_calls(int fd);		/* write() calls on fd 1 or 2 */
void fake_clear_output(void);
int fake_file_put(const char *name, const char *data, size_t len);
const char *fake_file_data(const char *name, size_t *len);
int fake_open_fds(void);		/* descriptors above 2 still open */
void fake_fail_writes(int fd, int fail);

/* setgroups(): what it was last given. */
extern int fake_ngroups;
extern unsigned fake_groups[16];

/* _exit() and abort(): a test can catch them. */
extern jmp_buf *fake_exit_jump;		/* if set, _exit longjmps here */
extern int fake_exit_status;
extern int fake_abort_count;

#endif
