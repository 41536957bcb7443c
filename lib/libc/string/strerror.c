/*
 * strerror.c - the message for an error number (include/errno.h).
 *
 * Numbers without a message answer "Unknown error N", built in a static
 * buffer that the next such call overwrites.
 */
#include <errno.h>
#include <string.h>

static const char *const messages[] = {
	[0] =			"Success",
	[EPERM] =		"Operation not permitted",
	[ENOENT] =		"No such file or directory",
	[ESRCH] =		"No such process",
	[EINTR] =		"Interrupted function call",
	[EIO] =			"Input/output error",
	[ENXIO] =		"No such device or address",
	[E2BIG] =		"Argument list too long",
	[ENOEXEC] =		"Exec format error",
	[EBADF] =		"Bad file descriptor",
	[ECHILD] =		"No child processes",
	[EAGAIN] =		"Resource temporarily unavailable",
	[ENOMEM] =		"Not enough space",
	[EACCES] =		"Permission denied",
	[EFAULT] =		"Bad address",
	[ENOTBLK] =		"Block device required",
	[EBUSY] =		"Resource busy",
	[EEXIST] =		"File exists",
	[EXDEV] =		"Improper link",
	[ENODEV] =		"No such device",
	[ENOTDIR] =		"Not a directory",
	[EISDIR] =		"Is a directory",
	[EINVAL] =		"Invalid argument",
	[ENFILE] =		"Too many open files in system",
	[EMFILE] =		"Too many open files",
	[ENOTTY] =		"Inappropriate I/O control operation",
	[ETXTBSY] =		"Text file busy",
	[EFBIG] =		"File too large",
	[ENOSPC] =		"No space left on device",
	[ESPIPE] =		"Invalid seek",
	[EROFS] =		"Read-only file system",
	[EMLINK] =		"Too many links",
	[EPIPE] =		"Broken pipe",
	[EDOM] =		"Domain error",
	[ERANGE] =		"Result too large",
	[EDEADLK] =		"Resource deadlock avoided",
	[ENAMETOOLONG] =	"Filename too long",
	[ENOLCK] =		"No locks available",
	[ENOSYS] =		"Function not implemented",
	[ENOTEMPTY] =		"Directory not empty",
	[ELOOP] =		"Too many levels of symbolic links",
	[ENOTSUP] =		"Not supported",
	[EOVERFLOW] =		"Value too large for data type",
	[EILSEQ] =		"Illegal byte sequence",
	[ETIMEDOUT] =		"Timed out",
	[ECANCELED] =		"Operation canceled",
	[ENOTSOCK] =		"Not a socket",
	[EDESTADDRREQ] =	"Destination address required",
	[EMSGSIZE] =		"Message too long",
	[EPROTOTYPE] =		"Protocol wrong type for socket",
	[ENOPROTOOPT] =		"Protocol not available",
	[EPROTONOSUPPORT] =	"Protocol not supported",
	[EOPNOTSUPP] =		"Operation not supported on socket",
	[EAFNOSUPPORT] =	"Address family not supported",
	[EADDRINUSE] =		"Address in use",
	[EADDRNOTAVAIL] =	"Address not available",
	[ENETDOWN] =		"Network is down",
	[ENETUNREACH] =		"Network unreachable",
	[ECONNABORTED] =	"Connection aborted",
	[ECONNRESET] =		"Connection reset",
	[ENOBUFS] =		"No buffer space available",
	[EISCONN] =		"Socket is connected",
	[ENOTCONN] =		"Socket is not connected",
	[ECONNREFUSED] =	"Connection refused",
	[EHOSTUNREACH] =	"Host is unreachable",
	[EALREADY] =		"Connection already in progress",
	[EINPROGRESS] =		"Operation in progress",
	[EDEADSRCDST] =		"Peer process is dead or never existed",
	[ELOCKED] =		"Deadlock: the call would close a cycle",
	[ECALLDENIED] =		"Call denied by privileges",
	[ENOTREADY] =		"Target is not ready to receive",
	[EBADCALL] =		"No such IPC primitive",
	[ETRAPDENIED] =		"IPC primitive not permitted",
	[EDONTREPLY] =		"No reply (internal to servers)",
	[ERESTART] =		"Service restarted: try again",
	[EBADREQUEST] =		"Malformed request",
	[EGENERIC] =		"Generic failure",
};

/* Writes "<prefix><n>" into buf (at least 32 bytes); used for unknowns. */
static char *name_number(char *buf, const char *prefix, int n)
{
	char digits[12];
	int i = 0;
	unsigned int u = n < 0 ? 0u - (unsigned int) n : (unsigned int) n;
	size_t len = strlen(prefix);

	memcpy(buf, prefix, len);
	if (n < 0)
		buf[len++] = '-';
	do {
		digits[i++] = (char) ('0' + u % 10);
		u /= 10;
	} while (u != 0);
	while (i > 0)
		buf[len++] = digits[--i];
	buf[len] = '\0';
	return buf;
}

char *strerror(int errnum)
{
	static char unknown[32];
	size_t count = sizeof(messages) / sizeof(messages[0]);

	if (errnum >= 0 && (size_t) errnum < count && messages[errnum] != NULL)
		return (char *) messages[errnum];
	return name_number(unknown, "Unknown error ", errnum);
}
