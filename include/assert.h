/*
 * assert.h - run-time checks of what must be true.
 *
 * Unlike the other headers this one has no include guard around assert
 * itself: C lets a file include it again after changing NDEBUG, and each
 * inclusion redefines assert accordingly.
 */
#ifndef _ASSERT_H_DECL
#define _ASSERT_H_DECL
/* Prints "Assertion failed: EXPR, file F, line L, function FN" to stderr,
 * then abort()s. */
void __assert_fail(const char *expr, const char *file, int line,
    const char *func) __attribute__((noreturn));
#endif

#undef assert
#ifdef NDEBUG
#define assert(e)	((void) 0)
#else
#define assert(e) \
	((e) ? (void) 0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif

#ifndef static_assert
#define static_assert	_Static_assert
#endif
