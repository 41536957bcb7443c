/*
 * rs.h - the Resurgo libc under test, as the host program sees it.
 *
 * The library's objects are built with the host compiler and every
 * symbol renamed with an rs_ prefix (objcopy --prefix-symbols), so they
 * link beside the host's own libc.  These are their prototypes, written
 * with host types of the same size and layout; Resurgo's FILE stays
 * opaque.
 */
#ifndef RS_H
#define RS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef struct rs_FILE rs_FILE;
typedef long rs_ssize_t;		/* __PTRDIFF_TYPE__ on the host */
typedef long long rs_off_t;
typedef long long rs_time_t;

struct rs_tm {				/* include/time.h's struct tm */
	int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year;
	int tm_wday, tm_yday, tm_isdst;
};

typedef struct { int quot, rem; } rs_div_t;
typedef struct { long quot, rem; } rs_ldiv_t;

/* Defined by the library. */
extern int rs_errno;
extern char **rs_environ;
extern rs_FILE *rs_stdin, *rs_stdout, *rs_stderr;
extern char *rs_optarg;
extern int rs_optind, rs_opterr, rs_optopt, rs_optreset;

/* string.h, strings.h */
void *rs_memcpy(void *dst, const void *src, size_t n);
void *rs_memmove(void *dst, const void *src, size_t n);
void *rs_memset(void *dst, int c, size_t n);
int rs_memcmp(const void *a, const void *b, size_t n);
void *rs_memchr(const void *s, int c, size_t n);
size_t rs_strlen(const char *s);
size_t rs_strnlen(const char *s, size_t max);
char *rs_strcpy(char *dst, const char *src);
char *rs_strncpy(char *dst, const char *src, size_t n);
char *rs_strcat(char *dst, const char *src);
char *rs_strncat(char *dst, const char *src, size_t n);
size_t rs_strlcpy(char *dst, const char *src, size_t size);
size_t rs_strlcat(char *dst, const char *src, size_t size);
int rs_strcmp(const char *a, const char *b);
int rs_strncmp(const char *a, const char *b, size_t n);
int rs_strcoll(const char *a, const char *b);
char *rs_strchr(const char *s, int c);
char *rs_strrchr(const char *s, int c);
char *rs_strstr(const char *h, const char *n);
size_t rs_strspn(const char *s, const char *accept);
size_t rs_strcspn(const char *s, const char *reject);
char *rs_strpbrk(const char *s, const char *accept);
char *rs_strtok(char *s, const char *delim);
char *rs_strtok_r(char *s, const char *delim, char **save);
char *rs_strdup(const char *s);
char *rs_strndup(const char *s, size_t n);
char *rs_strerror(int errnum);
char *rs_strsignal(int sig);
int rs_strcasecmp(const char *a, const char *b);
int rs_strncasecmp(const char *a, const char *b, size_t n);
void rs_bzero(void *dst, size_t n);

/* ctype.h */
int rs_isalnum(int c);
int rs_isalpha(int c);
int rs_isblank(int c);
int rs_iscntrl(int c);
int rs_isdigit(int c);
int rs_isgraph(int c);
int rs_islower(int c);
int rs_isprint(int c);
int rs_ispunct(int c);
int rs_isspace(int c);
int rs_isupper(int c);
int rs_isxdigit(int c);
int rs_isascii(int c);
int rs_tolower(int c);
int rs_toupper(int c);

/* stdlib.h, inttypes.h */
void *rs_malloc(size_t size);
void *rs_calloc(size_t nmemb, size_t size);
void *rs_realloc(void *ptr, size_t size);
void rs_free(void *ptr);
int rs_atoi(const char *s);
long rs_atol(const char *s);
long long rs_atoll(const char *s);
double rs_atof(const char *s);
long rs_strtol(const char *s, char **end, int base);
long long rs_strtoll(const char *s, char **end, int base);
unsigned long rs_strtoul(const char *s, char **end, int base);
unsigned long long rs_strtoull(const char *s, char **end, int base);
intmax_t rs_strtoimax(const char *s, char **end, int base);
uintmax_t rs_strtoumax(const char *s, char **end, int base);
double rs_strtod(const char *s, char **end);
float rs_strtof(const char *s, char **end);
long double rs_strtold(const char *s, char **end);
int rs_abs(int j);
long rs_labs(long j);
long long rs_llabs(long long j);
rs_div_t rs_div(int num, int den);
rs_ldiv_t rs_ldiv(long num, long den);
int rs_rand(void);
void rs_srand(unsigned int seed);
void rs_qsort(void *base, size_t nmemb, size_t size,
    int (*compar)(const void *, const void *));
void *rs_bsearch(const void *key, const void *base, size_t nmemb,
    size_t size, int (*compar)(const void *, const void *));
char *rs_getenv(const char *name);
int rs_setenv(const char *name, const char *value, int overwrite);
int rs_unsetenv(const char *name);
int rs_putenv(char *string);
int rs_atexit(void (*func)(void));
void rs_exit(int status) __attribute__((noreturn));
void rs_abort(void) __attribute__((noreturn));

/* stdio.h */
rs_FILE *rs_fopen(const char *path, const char *mode);
rs_FILE *rs_fdopen(int fd, const char *mode);
rs_FILE *rs_freopen(const char *path, const char *mode, rs_FILE *f);
int rs_fclose(rs_FILE *f);
int rs_fflush(rs_FILE *f);
int rs_setvbuf(rs_FILE *f, char *buf, int mode, size_t size);
void rs_setbuf(rs_FILE *f, char *buf);
int rs_fileno(rs_FILE *f);
size_t rs_fread(void *ptr, size_t size, size_t n, rs_FILE *f);
size_t rs_fwrite(const void *ptr, size_t size, size_t n, rs_FILE *f);
int rs_fgetc(rs_FILE *f);
int rs_getc(rs_FILE *f);
int rs_getchar(void);
int rs_ungetc(int c, rs_FILE *f);
char *rs_fgets(char *s, int size, rs_FILE *f);
rs_ssize_t rs_getline(char **line, size_t *cap, rs_FILE *f);
rs_ssize_t rs_getdelim(char **line, size_t *cap, int delim, rs_FILE *f);
int rs_fputc(int c, rs_FILE *f);
int rs_putc(int c, rs_FILE *f);
int rs_putchar(int c);
int rs_fputs(const char *s, rs_FILE *f);
int rs_puts(const char *s);
int rs_fseek(rs_FILE *f, long off, int whence);
long rs_ftell(rs_FILE *f);
void rs_rewind(rs_FILE *f);
int rs_feof(rs_FILE *f);
int rs_ferror(rs_FILE *f);
void rs_clearerr(rs_FILE *f);
void rs_perror(const char *s);
int rs_printf(const char *fmt, ...);
int rs_fprintf(rs_FILE *f, const char *fmt, ...);
int rs_dprintf(int fd, const char *fmt, ...);
int rs_sprintf(char *s, const char *fmt, ...);
int rs_snprintf(char *s, size_t n, const char *fmt, ...);
int rs_asprintf(char **s, const char *fmt, ...);
int rs_vsnprintf(char *s, size_t n, const char *fmt, va_list ap);
int rs_scanf(const char *fmt, ...);
int rs_fscanf(rs_FILE *f, const char *fmt, ...);
int rs_sscanf(const char *s, const char *fmt, ...);
void rs___stdio_set_writer(rs_FILE *f,
    rs_ssize_t (*writer)(void *cookie, const char *buf, size_t n),
    void *cookie);

/* time.h */
struct rs_tm *rs_gmtime(const rs_time_t *t);
struct rs_tm *rs_gmtime_r(const rs_time_t *t, struct rs_tm *tm);
struct rs_tm *rs_localtime_r(const rs_time_t *t, struct rs_tm *tm);
rs_time_t rs_timegm(struct rs_tm *tm);
rs_time_t rs_mktime(struct rs_tm *tm);
char *rs_asctime(const struct rs_tm *tm);
char *rs_ctime(const rs_time_t *t);
double rs_difftime(rs_time_t end, rs_time_t start);
size_t rs_strftime(char *s, size_t max, const char *fmt,
    const struct rs_tm *tm);

/* getopt.h, assert.h, locale.h */
int rs_getopt(int argc, char *const argv[], const char *optstring);
void rs___assert_fail(const char *expr, const char *file, int line,
    const char *func) __attribute__((noreturn));
char *rs_setlocale(int category, const char *locale);

/* pwd.h, grp.h, shadow.h, unistd.h's crypt */
struct rs_passwd {
	char *pw_name, *pw_passwd;
	unsigned pw_uid, pw_gid;
	char *pw_gecos, *pw_dir, *pw_shell;
};
struct rs_group {
	char *gr_name, *gr_passwd;
	unsigned gr_gid;
	char **gr_mem;
};
struct rs_spwd {
	char *sp_namp, *sp_pwdp;
	long sp_lstchg, sp_min, sp_max, sp_warn, sp_inact, sp_expire;
	unsigned long sp_flag;
};
struct rs_passwd *rs_getpwnam(const char *name);
struct rs_passwd *rs_getpwuid(unsigned uid);
int rs_getpwnam_r(const char *name, struct rs_passwd *pw, char *buf,
    size_t len, struct rs_passwd **result);
struct rs_passwd *rs_getpwent(void);
void rs_setpwent(void);
void rs_endpwent(void);
struct rs_group *rs_getgrnam(const char *name);
struct rs_group *rs_getgrgid(unsigned gid);
int rs_getgrgid_r(unsigned gid, struct rs_group *gr, char *buf,
    size_t len, struct rs_group **result);
struct rs_group *rs_getgrent(void);
void rs_endgrent(void);
struct rs_spwd *rs_getspnam(const char *name);
char *rs_crypt(const char *key, const char *setting);

/* utmpx.h */
struct rs_utmpx {
	char ut_user[32], ut_id[4], ut_line[32];
	int ut_pid;
	short ut_type;
	struct { long long tv_sec; long tv_usec; } ut_tv;
};
void rs_setutxent(void);
struct rs_utmpx *rs_getutxent(void);
struct rs_utmpx *rs_getutxid(const struct rs_utmpx *id);
struct rs_utmpx *rs_getutxline(const struct rs_utmpx *line);
struct rs_utmpx *rs_pututxline(const struct rs_utmpx *entry);
void rs_endutxent(void);

/* Resurgo's values where they differ from the host's. */
#define RS_EOF		(-1)
#define RS_IOFBF	0
#define RS_IOLBF	1
#define RS_IONBF	2
#define RS_BUFSIZ	1024
#define RS_ERANGE	34
#define RS_EINVAL	22
#define RS_ENOMEM	12
#define RS_EBADF	9
#define RS_ENOENT	2
#define RS_EEXIST	17
#define RS_O_RDONLY	0
#define RS_O_WRONLY	1
#define RS_O_RDWR	2
#define RS_O_CREAT	0x40
#define RS_O_EXCL	0x80
#define RS_O_TRUNC	0x200
#define RS_O_APPEND	0x400

#endif
