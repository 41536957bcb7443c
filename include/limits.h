/*
 * limits.h - ranges of the integer types, and the system's limits.
 *
 * The ranges come from GCC's predefined macros so that the header is right
 * both for the i386 guest and for the 64-bit host the unit tests run on.
 *
 * The system's limits are the one list of those facts: the servers and
 * drivers that enforce them (VFS, MFS, PM, tty) take them from here, and
 * sysconf() and pathconf() answer with them.  A limit that depends on
 * the file system (NAME_MAX, LINK_MAX, ...) is the MINIX v3 file
 * system's, the only one there is; pathconf() asks the file system for
 * what it can (NAME_MAX).  A limit POSIX lets a system leave out is left
 * out where the system has no such thing (timers, message queues,
 * threads): sysconf() then answers -1.
 */
#ifndef _LIMITS_H
#define _LIMITS_H

#define CHAR_BIT	__CHAR_BIT__
#define MB_LEN_MAX	1

#define SCHAR_MAX	__SCHAR_MAX__
#define SCHAR_MIN	(-SCHAR_MAX - 1)
#define UCHAR_MAX	(SCHAR_MAX * 2 + 1)
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN	0
#define CHAR_MAX	UCHAR_MAX
#else
#define CHAR_MIN	SCHAR_MIN
#define CHAR_MAX	SCHAR_MAX
#endif

#define SHRT_MAX	__SHRT_MAX__
#define SHRT_MIN	(-SHRT_MAX - 1)
#define USHRT_MAX	(SHRT_MAX * 2 + 1)

#define INT_MAX		__INT_MAX__
#define INT_MIN		(-INT_MAX - 1)
#define UINT_MAX	(INT_MAX * 2U + 1U)

#define LONG_MAX	__LONG_MAX__
#define LONG_MIN	(-LONG_MAX - 1L)
#define ULONG_MAX	(LONG_MAX * 2UL + 1UL)
#define LONG_BIT	(__SIZEOF_LONG__ * CHAR_BIT)
#define WORD_BIT	(__SIZEOF_INT__ * CHAR_BIT)

#define LLONG_MAX	__LONG_LONG_MAX__
#define LLONG_MIN	(-LLONG_MAX - 1LL)
#define ULLONG_MAX	(LLONG_MAX * 2ULL + 1ULL)

/* ssize_t is the signed type of size_t's width. */
#define SSIZE_MAX	__PTRDIFF_MAX__

/* --- The least a POSIX system may allow (the _POSIX_* minima). --- */
#define _POSIX_AIO_LISTIO_MAX	2
#define _POSIX_AIO_MAX		1
#define _POSIX_ARG_MAX		4096
#define _POSIX_CHILD_MAX	25
#define _POSIX_DELAYTIMER_MAX	32
#define _POSIX_HOST_NAME_MAX	255
#define _POSIX_LINK_MAX		8
#define _POSIX_LOGIN_NAME_MAX	9
#define _POSIX_MAX_CANON	255
#define _POSIX_MAX_INPUT	255
#define _POSIX_MQ_OPEN_MAX	8
#define _POSIX_MQ_PRIO_MAX	32
#define _POSIX_NAME_MAX		14
#define _POSIX_NGROUPS_MAX	8
#define _POSIX_OPEN_MAX		20
#define _POSIX_PATH_MAX		256
#define _POSIX_PIPE_BUF		512
#define _POSIX_RE_DUP_MAX	255
#define _POSIX_RTSIG_MAX	8
#define _POSIX_SEM_NSEMS_MAX	256
#define _POSIX_SEM_VALUE_MAX	32767
#define _POSIX_SIGQUEUE_MAX	32
#define _POSIX_SSIZE_MAX	32767
#define _POSIX_SS_REPL_MAX	4
#define _POSIX_STREAM_MAX	8
#define _POSIX_SYMLINK_MAX	255
#define _POSIX_SYMLOOP_MAX	8
#define _POSIX_THREAD_DESTRUCTOR_ITERATIONS 4
#define _POSIX_THREAD_KEYS_MAX	128
#define _POSIX_THREAD_THREADS_MAX 64
#define _POSIX_TIMER_MAX	32
#define _POSIX_TRACE_EVENT_NAME_MAX 30
#define _POSIX_TRACE_NAME_MAX	8
#define _POSIX_TRACE_SYS_MAX	8
#define _POSIX_TRACE_USER_EVENT_MAX 32
#define _POSIX_TTY_NAME_MAX	9
#define _POSIX_TZNAME_MAX	6
#define _POSIX_CLOCKRES_MIN	20000000
#define _POSIX2_BC_BASE_MAX	99
#define _POSIX2_BC_DIM_MAX	2048
#define _POSIX2_BC_SCALE_MAX	99
#define _POSIX2_BC_STRING_MAX	1000
#define _POSIX2_CHARCLASS_NAME_MAX 14
#define _POSIX2_COLL_WEIGHTS_MAX 2
#define _POSIX2_EXPR_NEST_MAX	32
#define _POSIX2_LINE_MAX	2048
#define _POSIX2_RE_DUP_MAX	255
#define _XOPEN_IOV_MAX		16
#define _XOPEN_NAME_MAX		255
#define _XOPEN_PATH_MAX		1024

/* --- What Resurgo allows. --- */

/* Processes (PM, VFS, libc). */
#define ARG_MAX		(128 * 1024)	/* exec's argument and environment
					 * frame, pointers included */
#define OPEN_MAX	64		/* open files per process (VFS) */
#define NGROUPS_MAX	8		/* supplementary groups (PM, VFS) */
#define ATEXIT_MAX	32
#define STREAM_MAX	20		/* stdio's FOPEN_MAX */
#define IOV_MAX		1024		/* readv and writev */
#define PAGESIZE	4096

/* Names and paths (VFS, and MFS's format). */
#define PATH_MAX	1024		/* a path a call accepts, with NUL */
#define NAME_MAX	60		/* a name: MFS's 64-byte directory
					 * entry less its inode number */
#define SYMLINK_MAX	(PATH_MAX - 1)	/* a symbolic link's target */
#define SYMLOOP_MAX	8		/* links followed in one lookup */
#define LINK_MAX	255		/* links to a file; fsck.minix counts
					 * them in a byte */
#define FILESIZEBITS	32		/* files end below 2^31: the
					 * s_max_size mkfs writes */
#define PIPE_BUF	512		/* pipe writes never split */

/* Terminals (the tty driver). */
#define MAX_CANON	255		/* a canonical line, before its end */
#define MAX_INPUT	1024		/* typed bytes waiting to be read */
#define TTY_NAME_MAX	(5 + NAME_MAX + 1)	/* "/dev/", a name, NUL */

/* Names of things. */
#define HOST_NAME_MAX	255
#define LOGIN_NAME_MAX	32		/* a user name, with its NUL */
#define TZNAME_MAX	6		/* time is UTC: "UTC" */

/* Utilities and regular expressions. */
#define BC_BASE_MAX	_POSIX2_BC_BASE_MAX
#define BC_DIM_MAX	_POSIX2_BC_DIM_MAX
#define BC_SCALE_MAX	_POSIX2_BC_SCALE_MAX
#define BC_STRING_MAX	_POSIX2_BC_STRING_MAX
#define CHARCLASS_NAME_MAX _POSIX2_CHARCLASS_NAME_MAX
#define COLL_WEIGHTS_MAX _POSIX2_COLL_WEIGHTS_MAX
#define EXPR_NEST_MAX	_POSIX2_EXPR_NEST_MAX
#define LINE_MAX	_POSIX2_LINE_MAX
#define RE_DUP_MAX	255		/* regcomp's bound {n,m} */

/* Numbers. */
#define NL_ARGMAX	9
#define NL_LANGMAX	14
#define NL_MSGMAX	32767
#define NL_SETMAX	255
#define NL_TEXTMAX	_POSIX2_LINE_MAX
#define NZERO		20

/* Nice values run from -NZERO to NZERO - 1 (sys/resource.h). */
#define NZERO		20

#endif
