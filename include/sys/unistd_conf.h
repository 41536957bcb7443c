/*
 * sys/unistd_conf.h - what the system supports, as <unistd.h> tells it:
 * the POSIX version and option macros, and the names sysconf(),
 * pathconf() and confstr() answer (included by <unistd.h>).
 *
 * An option macro is -1 where Resurgo does not have the option, and the
 * version (200809L) or 1 where it does.  The lists of names below are
 * the one place each name is made; libc's tables answer them all.
 */
#ifndef _SYS_UNISTD_CONF_H
#define _SYS_UNISTD_CONF_H

#define _POSIX_VERSION		200809L

/* Options Resurgo has. */
#define _POSIX_CHOWN_RESTRICTED	1	/* only root gives files away; an
					 * owner may pick among its groups */
#define _POSIX_FSYNC		200809L
#define _POSIX_JOB_CONTROL	1
#define _POSIX_MEMORY_PROTECTION 200809L	/* mprotect() */
#define _POSIX_NO_TRUNC		1	/* long names fail: ENAMETOOLONG */
#define _POSIX_REGEXP		1
#define _POSIX_SHELL		1
#define _POSIX_V6_ILP32_OFFBIG	1	/* 32-bit int, long, pointer; 64-bit
					 * off_t */
#define _POSIX_V7_ILP32_OFFBIG	1

/* Options it has not (saved set-ids among them: PM keeps none). */
#define _POSIX_ADVISORY_INFO	(-1)
#define _POSIX_ASYNCHRONOUS_IO	(-1)
#define _POSIX_BARRIERS		(-1)
#define _POSIX_CLOCK_SELECTION	(-1)
#define _POSIX_CPUTIME		(-1)
#define _POSIX_IPV6		(-1)
#define _POSIX_MAPPED_FILES	(-1)	/* files map only as private copies */
#define _POSIX_MEMLOCK		(-1)
#define _POSIX_MEMLOCK_RANGE	(-1)
#define _POSIX_MESSAGE_PASSING	(-1)
#define _POSIX_MONOTONIC_CLOCK	(-1)
#define _POSIX_PRIORITIZED_IO	(-1)
#define _POSIX_PRIORITY_SCHEDULING (-1)
#define _POSIX_RAW_SOCKETS	(-1)
#define _POSIX_READER_WRITER_LOCKS (-1)
#define _POSIX_REALTIME_SIGNALS	(-1)
#define _POSIX_SEMAPHORES	(-1)
#define _POSIX_SHARED_MEMORY_OBJECTS (-1)
#define _POSIX_SPAWN		(-1)
#define _POSIX_SPIN_LOCKS	(-1)
#define _POSIX_SPORADIC_SERVER	(-1)
#define _POSIX_SYNCHRONIZED_IO	(-1)
#define _POSIX_THREADS		(-1)
#define _POSIX_THREAD_SAFE_FUNCTIONS (-1)
#define _POSIX_TIMEOUTS		(-1)
#define _POSIX_TIMERS		(-1)
#define _POSIX_TRACE		(-1)
#define _POSIX_TYPED_MEMORY_OBJECTS (-1)
#define _POSIX_V6_ILP32_OFF32	(-1)
#define _POSIX_V6_LP64_OFF64	(-1)
#define _POSIX_V6_LPBIG_OFFBIG	(-1)
#define _POSIX_V7_ILP32_OFF32	(-1)
#define _POSIX_V7_LP64_OFF64	(-1)
#define _POSIX_V7_LPBIG_OFFBIG	(-1)
#define _POSIX_ASYNC_IO		(-1)
#define _POSIX_PRIO_IO		(-1)
#define _POSIX_SYNC_IO		(-1)

/* sysconf() names. */
#define _SC_ARG_MAX		0
#define _SC_CHILD_MAX		1
#define _SC_CLK_TCK		2
#define _SC_NGROUPS_MAX		3
#define _SC_OPEN_MAX		4
#define _SC_STREAM_MAX		5
#define _SC_TZNAME_MAX		6
#define _SC_JOB_CONTROL		7
#define _SC_SAVED_IDS		8
#define _SC_REALTIME_SIGNALS	9
#define _SC_PRIORITY_SCHEDULING	10
#define _SC_TIMERS		11
#define _SC_ASYNCHRONOUS_IO	12
#define _SC_PRIORITIZED_IO	13
#define _SC_SYNCHRONIZED_IO	14
#define _SC_FSYNC		15
#define _SC_MAPPED_FILES	16
#define _SC_MEMLOCK		17
#define _SC_MEMLOCK_RANGE	18
#define _SC_MEMORY_PROTECTION	19
#define _SC_MESSAGE_PASSING	20
#define _SC_SEMAPHORES		21
#define _SC_SHARED_MEMORY_OBJECTS	22
#define _SC_AIO_LISTIO_MAX	23
#define _SC_AIO_MAX		24
#define _SC_AIO_PRIO_DELTA_MAX	25
#define _SC_DELAYTIMER_MAX	26
#define _SC_MQ_OPEN_MAX		27
#define _SC_MQ_PRIO_MAX		28
#define _SC_VERSION		29
#define _SC_PAGESIZE		30
#define _SC_RTSIG_MAX		31
#define _SC_SEM_NSEMS_MAX	32
#define _SC_SEM_VALUE_MAX	33
#define _SC_SIGQUEUE_MAX	34
#define _SC_TIMER_MAX		35
#define _SC_BC_BASE_MAX		36
#define _SC_BC_DIM_MAX		37
#define _SC_BC_SCALE_MAX	38
#define _SC_BC_STRING_MAX	39
#define _SC_COLL_WEIGHTS_MAX	40
#define _SC_EXPR_NEST_MAX	41
#define _SC_LINE_MAX		42
#define _SC_RE_DUP_MAX		43
#define _SC_2_VERSION		44
#define _SC_2_C_BIND		45
#define _SC_2_C_DEV		46
#define _SC_2_CHAR_TERM		47
#define _SC_2_FORT_DEV		48
#define _SC_2_FORT_RUN		49
#define _SC_2_LOCALEDEF		50
#define _SC_2_PBS		51
#define _SC_2_PBS_ACCOUNTING	52
#define _SC_2_PBS_CHECKPOINT	53
#define _SC_2_PBS_LOCATE	54
#define _SC_2_PBS_MESSAGE	55
#define _SC_2_PBS_TRACK		56
#define _SC_2_SW_DEV		57
#define _SC_2_UPE		58
#define _SC_IOV_MAX		59
#define _SC_THREADS		60
#define _SC_THREAD_SAFE_FUNCTIONS	61
#define _SC_GETGR_R_SIZE_MAX	62
#define _SC_GETPW_R_SIZE_MAX	63
#define _SC_LOGIN_NAME_MAX	64
#define _SC_TTY_NAME_MAX	65
#define _SC_THREAD_DESTRUCTOR_ITERATIONS	66
#define _SC_THREAD_KEYS_MAX	67
#define _SC_THREAD_STACK_MIN	68
#define _SC_THREAD_THREADS_MAX	69
#define _SC_THREAD_ATTR_STACKADDR	70
#define _SC_THREAD_ATTR_STACKSIZE	71
#define _SC_THREAD_PRIORITY_SCHEDULING	72
#define _SC_THREAD_PRIO_INHERIT	73
#define _SC_THREAD_PRIO_PROTECT	74
#define _SC_THREAD_PROCESS_SHARED	75
#define _SC_THREAD_ROBUST_PRIO_INHERIT	76
#define _SC_THREAD_ROBUST_PRIO_PROTECT	77
#define _SC_THREAD_CPUTIME	78
#define _SC_THREAD_SPORADIC_SERVER	79
#define _SC_ATEXIT_MAX		80
#define _SC_XOPEN_CRYPT		81
#define _SC_XOPEN_ENH_I18N	82
#define _SC_XOPEN_LEGACY	83
#define _SC_XOPEN_REALTIME	84
#define _SC_XOPEN_REALTIME_THREADS	85
#define _SC_XOPEN_SHM		86
#define _SC_XOPEN_STREAMS	87
#define _SC_XOPEN_UNIX		88
#define _SC_XOPEN_UUCP		89
#define _SC_XOPEN_VERSION	90
#define _SC_ADVISORY_INFO	91
#define _SC_BARRIERS		92
#define _SC_CLOCK_SELECTION	93
#define _SC_CPUTIME		94
#define _SC_HOST_NAME_MAX	95
#define _SC_IPV6		96
#define _SC_MONOTONIC_CLOCK	97
#define _SC_RAW_SOCKETS		98
#define _SC_READER_WRITER_LOCKS	99
#define _SC_REGEXP		100
#define _SC_SHELL		101
#define _SC_SPAWN		102
#define _SC_SPIN_LOCKS		103
#define _SC_SPORADIC_SERVER	104
#define _SC_SS_REPL_MAX		105
#define _SC_SYMLOOP_MAX		106
#define _SC_TIMEOUTS		107
#define _SC_TRACE		108
#define _SC_TRACE_EVENT_FILTER	109
#define _SC_TRACE_EVENT_NAME_MAX	110
#define _SC_TRACE_INHERIT	111
#define _SC_TRACE_LOG		112
#define _SC_TRACE_NAME_MAX	113
#define _SC_TRACE_SYS_MAX	114
#define _SC_TRACE_USER_EVENT_MAX	115
#define _SC_TYPED_MEMORY_OBJECTS	116
#define _SC_V6_ILP32_OFF32	117
#define _SC_V6_ILP32_OFFBIG	118
#define _SC_V6_LP64_OFF64	119
#define _SC_V6_LPBIG_OFFBIG	120
#define _SC_V7_ILP32_OFF32	121
#define _SC_V7_ILP32_OFFBIG	122
#define _SC_V7_LP64_OFF64	123
#define _SC_V7_LPBIG_OFFBIG	124
#define _SC_NPROCESSORS_CONF	125
#define _SC_NPROCESSORS_ONLN	126
#define _SC_COUNT	127	/* names above */

/* pathconf() and fpathconf() names. */
#define _PC_LINK_MAX		0
#define _PC_MAX_CANON		1
#define _PC_MAX_INPUT		2
#define _PC_NAME_MAX		3
#define _PC_PATH_MAX		4
#define _PC_PIPE_BUF		5
#define _PC_CHOWN_RESTRICTED	6
#define _PC_NO_TRUNC		7
#define _PC_VDISABLE		8
#define _PC_2_SYMLINKS		9
#define _PC_ALLOC_SIZE_MIN	10
#define _PC_ASYNC_IO		11
#define _PC_FILESIZEBITS	12
#define _PC_PRIO_IO		13
#define _PC_REC_INCR_XFER_SIZE	14
#define _PC_REC_MAX_XFER_SIZE	15
#define _PC_REC_MIN_XFER_SIZE	16
#define _PC_REC_XFER_ALIGN	17
#define _PC_SYMLINK_MAX		18
#define _PC_SYNC_IO		19
#define _PC_TIMESTAMP_RESOLUTION	20
#define _PC_COUNT	21	/* names above */

/* confstr() names. */
#define _CS_PATH		0
#define _CS_POSIX_V7_WIDTH_RESTRICTED_ENVS	1
#define _CS_POSIX_V7_ILP32_OFFBIG_CFLAGS	2
#define _CS_POSIX_V7_ILP32_OFFBIG_LDFLAGS	3
#define _CS_POSIX_V7_ILP32_OFFBIG_LIBS	4
#define _CS_V7_ENV		5
#define _CS_COUNT	6	/* names above */

#define _SC_PAGE_SIZE	_SC_PAGESIZE

#endif
