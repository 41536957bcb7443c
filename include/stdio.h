/*
 * stdio.h - buffered streams and formatted input and output.
 *
 * Resurgo extension: __stdio_set_writer() gives a stream a function that
 * takes its output instead of write(2); system services use it to send
 * stdout and stderr to the kernel console.
 */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

typedef struct __FILE FILE;
typedef off_t fpos_t;

#define EOF		(-1)
#define BUFSIZ		1024
#define FOPEN_MAX	20
#define FILENAME_MAX	1024
#define L_ctermid	9	/* "/dev/tty" */
#define L_cuserid	32	/* LOGIN_NAME_MAX */

/* setvbuf modes. */
#define _IOFBF		0	/* full buffering */
#define _IOLBF		1	/* flush at each newline */
#define _IONBF		2	/* no buffering */

#ifndef SEEK_SET
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#endif

extern FILE *stdin, *stdout, *stderr;
#define stdin	stdin
#define stdout	stdout
#define stderr	stderr

#define __printflike(f, a)	__attribute__((format(printf, f, a)))
#define __scanflike(f, a)	__attribute__((format(scanf, f, a)))

/* Opening and closing. */
FILE *fopen(const char *restrict path, const char *restrict mode);
FILE *fdopen(int fd, const char *mode);
FILE *freopen(const char *restrict path, const char *restrict mode,
    FILE *restrict f);
int fclose(FILE *f);
int fflush(FILE *f);
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size);
void setbuf(FILE *restrict f, char *restrict buf);
int fileno(FILE *f);

/* Bytes, characters and lines. */
size_t fread(void *restrict ptr, size_t size, size_t n, FILE *restrict f);
size_t fwrite(const void *restrict ptr, size_t size, size_t n,
    FILE *restrict f);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *restrict s, int size, FILE *restrict f);
ssize_t getdelim(char **restrict line, size_t *restrict cap, int delim,
    FILE *restrict f);
ssize_t getline(char **restrict line, size_t *restrict cap, FILE *restrict f);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *restrict s, FILE *restrict f);
int puts(const char *s);

/* Position and state. */
int fseek(FILE *f, long off, int whence);
int fseeko(FILE *f, off_t off, int whence);
long ftell(FILE *f);
off_t ftello(FILE *f);
void rewind(FILE *f);
int fgetpos(FILE *restrict f, fpos_t *restrict pos);
int fsetpos(FILE *f, const fpos_t *pos);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
void perror(const char *s);
int remove(const char *path);
int rename(const char *from, const char *to);

/* Commands and terminals. */
FILE *popen(const char *command, const char *mode);
int pclose(FILE *f);
char *ctermid(char *s);
char *cuserid(char *s);

/* Formatted output. */
int printf(const char *restrict fmt, ...) __printflike(1, 2);
int fprintf(FILE *restrict f, const char *restrict fmt, ...)
    __printflike(2, 3);
int dprintf(int fd, const char *restrict fmt, ...) __printflike(2, 3);
int sprintf(char *restrict s, const char *restrict fmt, ...)
    __printflike(2, 3);
int snprintf(char *restrict s, size_t n, const char *restrict fmt, ...)
    __printflike(3, 4);
int asprintf(char **restrict s, const char *restrict fmt, ...)
    __printflike(2, 3);
int vprintf(const char *restrict fmt, va_list ap) __printflike(1, 0);
int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
    __printflike(2, 0);
int vdprintf(int fd, const char *restrict fmt, va_list ap)
    __printflike(2, 0);
int vsprintf(char *restrict s, const char *restrict fmt, va_list ap)
    __printflike(2, 0);
int vsnprintf(char *restrict s, size_t n, const char *restrict fmt,
    va_list ap) __printflike(3, 0);
int vasprintf(char **restrict s, const char *restrict fmt, va_list ap)
    __printflike(2, 0);

/* Formatted input. */
int scanf(const char *restrict fmt, ...) __scanflike(1, 2);
int fscanf(FILE *restrict f, const char *restrict fmt, ...)
    __scanflike(2, 3);
int sscanf(const char *restrict s, const char *restrict fmt, ...)
    __scanflike(2, 3);
int vscanf(const char *restrict fmt, va_list ap) __scanflike(1, 0);
int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
    __scanflike(2, 0);
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
    __scanflike(2, 0);

/*
 * Resurgo extension: from now on the stream's output goes to
 * writer(cookie, buf, n) instead of write(fileno(f), buf, n).  The writer
 * answers how many bytes it took, or -1 for an error; pass NULL to go
 * back to write().  A stream whose buffering is not yet decided (one not
 * used since it was opened, and not given setvbuf()) becomes
 * line-buffered, like a terminal, without calling isatty().
 */
void __stdio_set_writer(FILE *f,
    ssize_t (*writer)(void *cookie, const char *buf, size_t n), void *cookie);

#endif
