/*
 * harness.c - reporting, and fakes of the system calls the libc under
 * test makes (see harness.h).  This file is built against the host's
 * libc; the rs_ functions it defines are the ones the renamed library
 * objects call.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

/* ---- reporting ---- */

static int passed, failed;
static const char *case_name;
static char case_why[512];
static int case_bad;

void t_check(const char *name, int ok, const char *fmt, ...)
{
	va_list ap;

	if (ok) {
		printf("ok %s\n", name);
		passed++;
		return;
	}
	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	failed++;
}

void t_str(const char *name, const char *got, const char *want)
{
	if (got == NULL)
		t_check(name, 0, "got NULL, want \"%s\"", want);
	else
		t_check(name, strcmp(got, want) == 0, "got \"%s\", want \"%s\"",
		    got, want);
}

void t_int(const char *name, long long got, long long want)
{
	t_check(name, got == want, "got %lld, want %lld", got, want);
}

void t_begin(const char *name)
{
	case_name = name;
	case_bad = 0;
}

void t_fail(const char *fmt, ...)
{
	va_list ap;

	if (case_bad++)
		return;			/* the first failure tells the story */
	va_start(ap, fmt);
	vsnprintf(case_why, sizeof(case_why), fmt, ap);
	va_end(ap);
}

int t_failed(void)
{
	return case_bad;
}

void t_end(void)
{
	t_check(case_name, !case_bad, "%s", case_why);
}

int t_done(void)
{
	printf("%d passed, %d failed\n", passed, failed);
	return failed == 0 ? 0 : 1;
}

/* ---- the heap ---- */

static _Alignas(4096) unsigned char arena[FAKE_ARENA];
static size_t brk_used;

void fake_sbrk_reset(void)
{
	brk_used = 0;
}

size_t fake_sbrk_used(void)
{
	return brk_used;
}

void *rs_sbrk(intptr_t incr);
void *rs_sbrk(intptr_t incr)
{
	void *old = arena + brk_used;

	if ((incr > 0 && (size_t) incr > FAKE_ARENA - brk_used) ||
	    (incr < 0 && (size_t) -incr > brk_used)) {
		rs_errno = RS_ENOMEM;
		return (void *) -1;
	}
	brk_used += (size_t) incr;
	return old;
}

void *fake_sbrk_steal(size_t n)
{
	return rs_sbrk((intptr_t) n);
}

/* ---- files ---- */

#define MAX_FILES	32
#define MAX_FDS		32

struct file {
	char name[64];
	char *data;
	size_t len, cap;
	int used;
};

struct fd {
	struct file *file;	/* NULL for 0-2 */
	long long off;
	int flags;
	int used;
};

static struct file files[MAX_FILES];
static struct fd fds[MAX_FDS];
static char *stdin_text;
static size_t stdin_pos;
static char out[3][65536];
static size_t out_len[3];
static int write_calls[3];
static int tty[3];
static int write_fails[MAX_FDS];
static size_t read_chunk = (size_t) -1;

void fake_files_reset(void)
{
	for (int i = 0; i < MAX_FILES; i++) {
		free(files[i].data);
		memset(&files[i], 0, sizeof(files[i]));
	}
	memset(fds, 0, sizeof(fds));
	for (int i = 0; i < 3; i++)
		fds[i].used = 1;
	memset(write_fails, 0, sizeof(write_fails));
	read_chunk = (size_t) -1;
	fake_set_stdin("");
	fake_clear_output();
}

void fake_set_stdin(const char *text)
{
	free(stdin_text);
	stdin_text = strdup(text);
	stdin_pos = 0;
}

void fake_set_tty(int fd, int is_tty)
{
	tty[fd] = is_tty;
}

void fake_set_read_chunk(size_t max)
{
	read_chunk = max;
}

void fake_fail_writes(int fd, int fail)
{
	write_fails[fd] = fail;
}

const char *fake_output(int fd)
{
	out[fd][out_len[fd]] = '\0';
	return out[fd];
}

int fake_write_calls(int fd)
{
	return write_calls[fd];
}

void fake_clear_output(void)
{
	memset(out_len, 0, sizeof(out_len));
	memset(write_calls, 0, sizeof(write_calls));
}

static struct file *find_file(const char *name)
{
	for (int i = 0; i < MAX_FILES; i++) {
		if (files[i].used && strcmp(files[i].name, name) == 0)
			return &files[i];
	}
	return NULL;
}

static struct file *new_file(const char *name)
{
	for (int i = 0; i < MAX_FILES; i++) {
		if (!files[i].used) {
			memset(&files[i], 0, sizeof(files[i]));
			files[i].used = 1;
			snprintf(files[i].name, sizeof(files[i].name), "%s", name);
			return &files[i];
		}
	}
	return NULL;
}

static void file_reserve(struct file *f, size_t need)
{
	if (need <= f->cap)
		return;
	f->cap = need * 2 + 64;
	f->data = realloc(f->data, f->cap);
}

int fake_file_put(const char *name, const char *data, size_t len)
{
	struct file *f = find_file(name);

	if (f == NULL)
		f = new_file(name);
	if (f == NULL)
		return -1;
	file_reserve(f, len + 1);
	memcpy(f->data, data, len);
	f->len = len;
	return 0;
}

const char *fake_file_data(const char *name, size_t *len)
{
	struct file *f = find_file(name);

	if (f == NULL)
		return NULL;
	file_reserve(f, f->len + 1);
	f->data[f->len] = '\0';
	if (len != NULL)
		*len = f->len;
	return f->data;
}

int fake_open_fds(void)
{
	int n = 0;

	for (int i = 3; i < MAX_FDS; i++)
		n += fds[i].used;
	return n;
}

int rs_open(const char *path, int flags, ...);
int rs_open(const char *path, int flags, ...)
{
	struct file *f = find_file(path);
	int fd;

	if (f != NULL && (flags & RS_O_CREAT) && (flags & RS_O_EXCL)) {
		rs_errno = RS_EEXIST;
		return -1;
	}
	if (f == NULL && !(flags & RS_O_CREAT)) {
		rs_errno = RS_ENOENT;
		return -1;
	}
	if (f == NULL)
		f = new_file(path);
	for (fd = 3; fd < MAX_FDS && fds[fd].used; fd++)
		;
	if (f == NULL || fd == MAX_FDS) {
		rs_errno = 24;		/* EMFILE */
		return -1;
	}
	if (flags & RS_O_TRUNC)
		f->len = 0;
	fds[fd] = (struct fd) { f, 0, flags, 1 };
	return fd;
}

int rs_close(int fd);
int rs_close(int fd)
{
	if (fd < 0 || fd >= MAX_FDS || !fds[fd].used) {
		rs_errno = RS_EBADF;
		return -1;
	}
	fds[fd].used = 0;
	return 0;
}

rs_ssize_t rs_write(int fd, const void *buf, size_t n);
rs_ssize_t rs_write(int fd, const void *buf, size_t n)
{
	struct fd *d = fd >= 0 && fd < MAX_FDS ? &fds[fd] : NULL;
	struct file *f;

	if (d == NULL || !d->used || (d->file != NULL &&
	    (d->flags & 3) == RS_O_RDONLY) || write_fails[fd]) {
		rs_errno = write_fails[fd] ? 5 : RS_EBADF;	/* EIO */
		return -1;
	}
	if (fd < 3) {
		size_t room = sizeof(out[fd]) - 1 - out_len[fd];
		size_t k = n < room ? n : room;

		memcpy(out[fd] + out_len[fd], buf, k);
		out_len[fd] += k;
		write_calls[fd]++;
		return (rs_ssize_t) n;
	}
	f = d->file;
	if (d->flags & RS_O_APPEND)
		d->off = (long long) f->len;
	file_reserve(f, (size_t) d->off + n + 1);
	if ((size_t) d->off > f->len)
		memset(f->data + f->len, 0, (size_t) d->off - f->len);
	memcpy(f->data + d->off, buf, n);
	d->off += (long long) n;
	if ((size_t) d->off > f->len)
		f->len = (size_t) d->off;
	return (rs_ssize_t) n;
}

rs_ssize_t rs_read(int fd, void *buf, size_t n);
rs_ssize_t rs_read(int fd, void *buf, size_t n)
{
	struct fd *d = fd >= 0 && fd < MAX_FDS ? &fds[fd] : NULL;
	size_t avail;

	if (d == NULL || !d->used || fd == 1 || fd == 2 ||
	    (d->file != NULL && (d->flags & 3) == RS_O_WRONLY)) {
		rs_errno = RS_EBADF;
		return -1;
	}
	if (n > read_chunk)
		n = read_chunk;
	if (fd == 0) {
		avail = strlen(stdin_text + stdin_pos);
		if (n > avail)
			n = avail;
		memcpy(buf, stdin_text + stdin_pos, n);
		stdin_pos += n;
		return (rs_ssize_t) n;
	}
	avail = (size_t) d->off < d->file->len ? d->file->len - (size_t) d->off : 0;
	if (n > avail)
		n = avail;
	memcpy(buf, d->file->data + d->off, n);
	d->off += (long long) n;
	return (rs_ssize_t) n;
}

rs_off_t rs_lseek(int fd, rs_off_t off, int whence);
rs_off_t rs_lseek(int fd, rs_off_t off, int whence)
{
	struct fd *d = fd >= 0 && fd < MAX_FDS ? &fds[fd] : NULL;
	long long base;

	if (d == NULL || !d->used) {
		rs_errno = RS_EBADF;
		return -1;
	}
	if (d->file == NULL) {
		rs_errno = 29;		/* ESPIPE: the standard ones are pipes */
		return -1;
	}
	base = whence == 0 ? 0 : whence == 1 ? d->off : (long long) d->file->len;
	if (base + off < 0) {
		rs_errno = RS_EINVAL;
		return -1;
	}
	d->off = base + off;
	return d->off;
}

static int isatty_calls;

int fake_isatty_calls(void)
{
	return isatty_calls;
}

int rs_isatty(int fd);
int rs_isatty(int fd)
{
	isatty_calls++;
	return fd >= 0 && fd < 3 ? tty[fd] : 0;
}

/* ---- the end of a process ---- */

jmp_buf *fake_exit_jump;
int fake_exit_status = -1;
int fake_abort_count;

void rs__exit(int status) __attribute__((noreturn));
void rs__exit(int status)
{
	fake_exit_status = status;
	if (fake_exit_jump != NULL)
		longjmp(*fake_exit_jump, 1);
	fprintf(stderr, "libc under test called _exit(%d) unexpectedly\n", status);
	abort();
}

void rs___libc_abort_hook(void);
void rs___libc_abort_hook(void)
{
	fake_abort_count++;
}

int fake_ngroups = -1;
unsigned fake_groups[16];

int rs_setgroups(int n, const unsigned *list);
int rs_setgroups(int n, const unsigned *list)
{
	if (n < 0 || n > 16)
		return -1;
	fake_ngroups = n;
	memcpy(fake_groups, list, n * sizeof(*list));
	return 0;
}
