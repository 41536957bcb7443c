/*
 * limits.h - ranges of the integer types, and a few system limits.
 *
 * The ranges come from GCC's predefined macros so that the header is right
 * both for the i386 guest and for the 64-bit host the unit tests run on.
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

#define LLONG_MAX	__LONG_LONG_MAX__
#define LLONG_MIN	(-LLONG_MAX - 1LL)
#define ULLONG_MAX	(LLONG_MAX * 2ULL + 1ULL)

/* ssize_t is the signed type of size_t's width. */
#define SSIZE_MAX	__PTRDIFF_MAX__

/* Longest path name, and longest file name, a call accepts. */
#define PATH_MAX	1024
#define OPEN_MAX	64	/* open files per process */
#define NAME_MAX	60

/* Nice values run from -NZERO to NZERO - 1 (sys/resource.h). */
#define NZERO		20

#endif
