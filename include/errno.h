/*
 * errno.h - error numbers.
 *
 * Programs see these positive in errno.  Inside the system a call's result
 * carries them negated (OK or -EFOO), so that a reply's status word says
 * success and failure at once.
 */
#ifndef _ERRNO_H
#define _ERRNO_H

#define EPERM		1	/* operation not permitted */
#define ENOENT		2	/* no such file or directory */
#define ESRCH		3	/* no such process */
#define EINTR		4	/* interrupted function call */
#define EIO		5	/* input/output error */
#define ENXIO		6	/* no such device or address */
#define E2BIG		7	/* argument list too long */
#define ENOEXEC		8	/* exec format error */
#define EBADF		9	/* bad file descriptor */
#define ECHILD		10	/* no child process */
#define EAGAIN		11	/* resource temporarily unavailable */
#define ENOMEM		12	/* not enough space */
#define EACCES		13	/* permission denied */
#define EFAULT		14	/* bad address */
#define ENOTBLK		15	/* block device required */
#define EBUSY		16	/* resource busy */
#define EEXIST		17	/* file exists */
#define EXDEV		18	/* improper link */
#define ENODEV		19	/* no such device */
#define ENOTDIR		20	/* not a directory */
#define EISDIR		21	/* is a directory */
#define EINVAL		22	/* invalid argument */
#define ENFILE		23	/* too many open files in system */
#define EMFILE		24	/* too many open files */
#define ENOTTY		25	/* inappropriate I/O control operation */
#define ETXTBSY		26	/* text file busy */
#define EFBIG		27	/* file too large */
#define ENOSPC		28	/* no space left on device */
#define ESPIPE		29	/* invalid seek */
#define EROFS		30	/* read-only file system */
#define EMLINK		31	/* too many links */
#define EPIPE		32	/* broken pipe */
#define EDOM		33	/* domain error */
#define ERANGE		34	/* result too large */
#define EDEADLK		35	/* resource deadlock avoided */
#define ENAMETOOLONG	36	/* filename too long */
#define ENOLCK		37	/* no locks available */
#define ENOSYS		38	/* function not implemented */
#define ENOTEMPTY	39	/* directory not empty */
#define ELOOP		40	/* too many levels of symbolic links */
#define EWOULDBLOCK	EAGAIN
#define ENOTSUP		41	/* not supported */
#define EOVERFLOW	42	/* value too large for data type */
#define EILSEQ		43	/* illegal byte sequence */
#define ETIMEDOUT	44	/* timed out */
#define ECANCELED	45	/* operation canceled */

/* Networking. */
#define ENOTSOCK	50
#define EDESTADDRREQ	51
#define EMSGSIZE	52
#define EPROTOTYPE	53
#define ENOPROTOOPT	54
#define EPROTONOSUPPORT	55
#define EOPNOTSUPP	56
#define EAFNOSUPPORT	57
#define EADDRINUSE	58
#define EADDRNOTAVAIL	59
#define ENETDOWN	60
#define ENETUNREACH	61
#define ECONNABORTED	62
#define ECONNRESET	63
#define ENOBUFS		64
#define EISCONN		65
#define ENOTCONN	66
#define ECONNREFUSED	67
#define EHOSTUNREACH	68
#define EALREADY	69
#define EINPROGRESS	70

/* The system's own: what IPC and kernel calls can answer. */
#define EDEADSRCDST	100	/* peer is dead or never existed */
#define ELOCKED		101	/* the call would close a cycle of blockers */
#define ECALLDENIED	102	/* caller may not reach this target or call */
#define ENOTREADY	103	/* non-blocking send found no receiver */
#define EBADCALL	104	/* no such IPC primitive */
#define ETRAPDENIED	105	/* caller may not use this IPC primitive */
#define EDONTREPLY	106	/* a server's note to itself: reply later */
#define ERESTART	107	/* the service restarted: try again */
#define EBADREQUEST	108	/* malformed request */
#define EGENERIC	109	/* unspecified failure */

#define ELAST		109

#ifndef _KERNEL
extern int errno;
#endif

#endif
