/*
 * sysconf.c - sysconf() and confstr(): the system's limits and options.
 *
 * Every answer comes from <limits.h>, <sys/unistd_conf.h> or the
 * system's configuration (<minix/config.h>), the places the servers take
 * the same facts from.  A limit the system does not have, or an option
 * it lacks, answers -1 with errno untouched, as POSIX says; a name that
 * is not one of _SC_* fails with EINVAL.
 */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include <minix/config.h>

#define NO	(-1L)		/* no such limit, or the option is absent */

/* The answer to each _SC_ name; a name missing here (0 is no answer
 * any name has) is a hole in the table, which fails as EINVAL. */
static const long sc_value[_SC_COUNT] = {
	[_SC_ARG_MAX] = ARG_MAX,
	/* PM has no limit per user: the process table is the limit. */
	[_SC_CHILD_MAX] = NR_PROCS,
	[_SC_CLK_TCK] = HZ,
	[_SC_NGROUPS_MAX] = NGROUPS_MAX,
	[_SC_OPEN_MAX] = OPEN_MAX,
	[_SC_STREAM_MAX] = STREAM_MAX,
	[_SC_TZNAME_MAX] = TZNAME_MAX,
	[_SC_JOB_CONTROL] = _POSIX_JOB_CONTROL,
	[_SC_SAVED_IDS] = NO,
	[_SC_REALTIME_SIGNALS] = _POSIX_REALTIME_SIGNALS,
	[_SC_PRIORITY_SCHEDULING] = _POSIX_PRIORITY_SCHEDULING,
	[_SC_TIMERS] = _POSIX_TIMERS,
	[_SC_ASYNCHRONOUS_IO] = _POSIX_ASYNCHRONOUS_IO,
	[_SC_PRIORITIZED_IO] = _POSIX_PRIORITIZED_IO,
	[_SC_SYNCHRONIZED_IO] = _POSIX_SYNCHRONIZED_IO,
	[_SC_FSYNC] = _POSIX_FSYNC,
	[_SC_MAPPED_FILES] = _POSIX_MAPPED_FILES,
	[_SC_MEMLOCK] = _POSIX_MEMLOCK,
	[_SC_MEMLOCK_RANGE] = _POSIX_MEMLOCK_RANGE,
	[_SC_MEMORY_PROTECTION] = _POSIX_MEMORY_PROTECTION,
	[_SC_MESSAGE_PASSING] = _POSIX_MESSAGE_PASSING,
	[_SC_SEMAPHORES] = _POSIX_SEMAPHORES,
	[_SC_SHARED_MEMORY_OBJECTS] = _POSIX_SHARED_MEMORY_OBJECTS,
	[_SC_AIO_LISTIO_MAX] = NO,
	[_SC_AIO_MAX] = NO,
	[_SC_AIO_PRIO_DELTA_MAX] = NO,
	[_SC_DELAYTIMER_MAX] = NO,
	[_SC_MQ_OPEN_MAX] = NO,
	[_SC_MQ_PRIO_MAX] = NO,
	[_SC_VERSION] = _POSIX_VERSION,
	[_SC_PAGESIZE] = PAGESIZE,
	[_SC_RTSIG_MAX] = NO,
	[_SC_SEM_NSEMS_MAX] = NO,
	[_SC_SEM_VALUE_MAX] = NO,
	[_SC_SIGQUEUE_MAX] = NO,
	[_SC_TIMER_MAX] = NO,
	[_SC_BC_BASE_MAX] = BC_BASE_MAX,
	[_SC_BC_DIM_MAX] = BC_DIM_MAX,
	[_SC_BC_SCALE_MAX] = BC_SCALE_MAX,
	[_SC_BC_STRING_MAX] = BC_STRING_MAX,
	[_SC_COLL_WEIGHTS_MAX] = COLL_WEIGHTS_MAX,
	[_SC_EXPR_NEST_MAX] = EXPR_NEST_MAX,
	[_SC_LINE_MAX] = LINE_MAX,
	[_SC_RE_DUP_MAX] = RE_DUP_MAX,
	/* The utilities do not claim POSIX.2 conformance. */
	[_SC_2_VERSION] = NO,
	[_SC_2_C_BIND] = NO,
	[_SC_2_C_DEV] = NO,
	[_SC_2_CHAR_TERM] = NO,
	[_SC_2_FORT_DEV] = NO,
	[_SC_2_FORT_RUN] = NO,
	[_SC_2_LOCALEDEF] = NO,
	[_SC_2_PBS] = NO,
	[_SC_2_PBS_ACCOUNTING] = NO,
	[_SC_2_PBS_CHECKPOINT] = NO,
	[_SC_2_PBS_LOCATE] = NO,
	[_SC_2_PBS_MESSAGE] = NO,
	[_SC_2_PBS_TRACK] = NO,
	[_SC_2_SW_DEV] = NO,
	[_SC_2_UPE] = NO,
	[_SC_IOV_MAX] = IOV_MAX,
	[_SC_THREADS] = _POSIX_THREADS,
	[_SC_THREAD_SAFE_FUNCTIONS] = _POSIX_THREAD_SAFE_FUNCTIONS,
	/* The _r calls take any buffer; a line that does not fit is
	 * ERANGE, so there is no fixed size to tell. */
	[_SC_GETGR_R_SIZE_MAX] = NO,
	[_SC_GETPW_R_SIZE_MAX] = NO,
	[_SC_LOGIN_NAME_MAX] = LOGIN_NAME_MAX,
	[_SC_TTY_NAME_MAX] = TTY_NAME_MAX,
	[_SC_THREAD_DESTRUCTOR_ITERATIONS] = NO,
	[_SC_THREAD_KEYS_MAX] = NO,
	[_SC_THREAD_STACK_MIN] = NO,
	[_SC_THREAD_THREADS_MAX] = NO,
	[_SC_THREAD_ATTR_STACKADDR] = NO,
	[_SC_THREAD_ATTR_STACKSIZE] = NO,
	[_SC_THREAD_PRIORITY_SCHEDULING] = NO,
	[_SC_THREAD_PRIO_INHERIT] = NO,
	[_SC_THREAD_PRIO_PROTECT] = NO,
	[_SC_THREAD_PROCESS_SHARED] = NO,
	[_SC_THREAD_ROBUST_PRIO_INHERIT] = NO,
	[_SC_THREAD_ROBUST_PRIO_PROTECT] = NO,
	[_SC_THREAD_CPUTIME] = NO,
	[_SC_THREAD_SPORADIC_SERVER] = NO,
	[_SC_ATEXIT_MAX] = ATEXIT_MAX,
	/* Not an X/Open system. */
	[_SC_XOPEN_CRYPT] = NO,
	[_SC_XOPEN_ENH_I18N] = NO,
	[_SC_XOPEN_LEGACY] = NO,
	[_SC_XOPEN_REALTIME] = NO,
	[_SC_XOPEN_REALTIME_THREADS] = NO,
	[_SC_XOPEN_SHM] = NO,
	[_SC_XOPEN_STREAMS] = NO,
	[_SC_XOPEN_UNIX] = NO,
	[_SC_XOPEN_UUCP] = NO,
	[_SC_XOPEN_VERSION] = NO,
	[_SC_ADVISORY_INFO] = _POSIX_ADVISORY_INFO,
	[_SC_BARRIERS] = _POSIX_BARRIERS,
	[_SC_CLOCK_SELECTION] = _POSIX_CLOCK_SELECTION,
	[_SC_CPUTIME] = _POSIX_CPUTIME,
	[_SC_HOST_NAME_MAX] = HOST_NAME_MAX,
	[_SC_IPV6] = _POSIX_IPV6,
	[_SC_MONOTONIC_CLOCK] = _POSIX_MONOTONIC_CLOCK,
	[_SC_RAW_SOCKETS] = _POSIX_RAW_SOCKETS,
	[_SC_READER_WRITER_LOCKS] = _POSIX_READER_WRITER_LOCKS,
	[_SC_REGEXP] = _POSIX_REGEXP,
	[_SC_SHELL] = _POSIX_SHELL,
	[_SC_SPAWN] = _POSIX_SPAWN,
	[_SC_SPIN_LOCKS] = _POSIX_SPIN_LOCKS,
	[_SC_SPORADIC_SERVER] = _POSIX_SPORADIC_SERVER,
	[_SC_SS_REPL_MAX] = NO,
	[_SC_SYMLOOP_MAX] = SYMLOOP_MAX,
	[_SC_TIMEOUTS] = _POSIX_TIMEOUTS,
	[_SC_TRACE] = _POSIX_TRACE,
	[_SC_TRACE_EVENT_FILTER] = NO,
	[_SC_TRACE_EVENT_NAME_MAX] = NO,
	[_SC_TRACE_INHERIT] = NO,
	[_SC_TRACE_LOG] = NO,
	[_SC_TRACE_NAME_MAX] = NO,
	[_SC_TRACE_SYS_MAX] = NO,
	[_SC_TRACE_USER_EVENT_MAX] = NO,
	[_SC_TYPED_MEMORY_OBJECTS] = _POSIX_TYPED_MEMORY_OBJECTS,
	[_SC_V6_ILP32_OFF32] = _POSIX_V6_ILP32_OFF32,
	[_SC_V6_ILP32_OFFBIG] = _POSIX_V6_ILP32_OFFBIG,
	[_SC_V6_LP64_OFF64] = _POSIX_V6_LP64_OFF64,
	[_SC_V6_LPBIG_OFFBIG] = _POSIX_V6_LPBIG_OFFBIG,
	[_SC_V7_ILP32_OFF32] = _POSIX_V7_ILP32_OFF32,
	[_SC_V7_ILP32_OFFBIG] = _POSIX_V7_ILP32_OFFBIG,
	[_SC_V7_LP64_OFF64] = _POSIX_V7_LP64_OFF64,
	[_SC_V7_LPBIG_OFFBIG] = _POSIX_V7_LPBIG_OFFBIG,
	/* The kernel runs on one processor. */
	[_SC_NPROCESSORS_CONF] = 1,
	[_SC_NPROCESSORS_ONLN] = 1,
};

long sysconf(int name)
{
	if (name < 0 || name >= _SC_COUNT || sc_value[name] == 0) {
		errno = EINVAL;
		return -1;
	}
	return sc_value[name];
}

/* The strings confstr() answers; NULL is a hole (EINVAL). */
static const char *const cs_value[_CS_COUNT] = {
	[_CS_PATH] = "/bin:/usr/bin",
	[_CS_POSIX_V7_WIDTH_RESTRICTED_ENVS] = "POSIX_V7_ILP32_OFFBIG",
	[_CS_POSIX_V7_ILP32_OFFBIG_CFLAGS] = "",
	[_CS_POSIX_V7_ILP32_OFFBIG_LDFLAGS] = "",
	[_CS_POSIX_V7_ILP32_OFFBIG_LIBS] = "",
	[_CS_V7_ENV] = "",
};

/* Copies the answer into buf (cut to len, NUL-terminated) and returns
 * the room the whole of it needs; 0 with EINVAL for an unknown name. */
size_t confstr(int name, char *buf, size_t len)
{
	const char *v;
	size_t n;

	if (name < 0 || name >= _CS_COUNT || cs_value[name] == NULL) {
		errno = EINVAL;
		return 0;
	}
	v = cs_value[name];
	n = strlen(v) + 1;
	if (buf != NULL && len > 0) {
		size_t k = n < len ? n : len;
		memcpy(buf, v, k - 1);
		buf[k - 1] = '\0';
	}
	return n;
}
