/*
 * math.h - the C99 mathematical functions (libm: link with -lm).
 *
 * The classification macros work on any floating type through the
 * compiler's built-ins.  On the i386 the x87 evaluates float and double
 * expressions in its own 64-bit precision (FLT_EVAL_METHOD 2), so
 * float_t and double_t are long double.  Errors are reported through
 * the floating-point exception flags of <fenv.h>, not errno.
 */
#ifndef _MATH_H
#define _MATH_H

typedef long double float_t;
typedef long double double_t;

#define HUGE_VAL	(__builtin_huge_val())
#define HUGE_VALF	(__builtin_huge_valf())
#define HUGE_VALL	(__builtin_huge_vall())
#define INFINITY	(__builtin_inff())
#define NAN		(__builtin_nanf(""))

#define FP_NAN		0
#define FP_INFINITE	1
#define FP_ZERO		2
#define FP_SUBNORMAL	3
#define FP_NORMAL	4

#define FP_ILOGB0	(-2147483647 - 1)
#define FP_ILOGBNAN	(-2147483647 - 1)

#define MATH_ERRNO	1
#define MATH_ERREXCEPT	2
#define math_errhandling MATH_ERREXCEPT

#define fpclassify(x)	__builtin_fpclassify(FP_NAN, FP_INFINITE, \
				FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isfinite(x)	__builtin_isfinite(x)
#define isinf(x)	__builtin_isinf_sign(x)
#define isnan(x)	__builtin_isnan(x)
#define isnormal(x)	__builtin_isnormal(x)
#define signbit(x)	__builtin_signbit(x)

#define isgreater(x, y)		__builtin_isgreater(x, y)
#define isgreaterequal(x, y)	__builtin_isgreaterequal(x, y)
#define isless(x, y)		__builtin_isless(x, y)
#define islessequal(x, y)	__builtin_islessequal(x, y)
#define islessgreater(x, y)	__builtin_islessgreater(x, y)
#define isunordered(x, y)	__builtin_isunordered(x, y)

/* XSI's constants. */
#define M_E		2.7182818284590452354	/* e */
#define M_LOG2E		1.4426950408889634074	/* log2(e) */
#define M_LOG10E	0.43429448190325182765	/* log10(e) */
#define M_LN2		0.69314718055994530942	/* ln 2 */
#define M_LN10		2.30258509299404568402	/* ln 10 */
#define M_PI		3.14159265358979323846	/* pi */
#define M_PI_2		1.57079632679489661923	/* pi/2 */
#define M_PI_4		0.78539816339744830962	/* pi/4 */
#define M_1_PI		0.31830988618379067154	/* 1/pi */
#define M_2_PI		0.63661977236758134308	/* 2/pi */
#define M_2_SQRTPI	1.12837916709551257390	/* 2/sqrt(pi) */
#define M_SQRT2		1.41421356237309504880	/* sqrt(2) */
#define M_SQRT1_2	0.70710678118654752440	/* 1/sqrt(2) */

/* Rounding and remainders. */
double fabs(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
long lround(double x);
long long llround(double x);
double rint(double x);
long lrint(double x);
long long llrint(double x);
double nearbyint(double x);
double fmod(double x, double y);
double remainder(double x, double y);
double remquo(double x, double y, int *quo);

/* Roots and powers. */
double sqrt(double x);
double cbrt(double x);
double hypot(double x, double y);
double pow(double x, double y);
double exp(double x);
double exp2(double x);
double expm1(double x);
double log(double x);
double log2(double x);
double log10(double x);
double log1p(double x);

/* Trigonometry. */
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);

/* Parts of numbers. */
double frexp(double x, int *exp);
double ldexp(double x, int exp);
double scalbn(double x, int n);
double scalbln(double x, long n);
int ilogb(double x);
double logb(double x);
double modf(double x, double *iptr);
double copysign(double x, double y);
double nextafter(double x, double y);
double fmin(double x, double y);
double fmax(double x, double y);
double fdim(double x, double y);
double fma(double x, double y, double z);

/* The same for float. */
float fabsf(float x);
float floorf(float x);
float ceilf(float x);
float truncf(float x);
float roundf(float x);
long lroundf(float x);
float rintf(float x);
float nearbyintf(float x);
float fmodf(float x, float y);
float remainderf(float x, float y);
float sqrtf(float x);
float cbrtf(float x);
float hypotf(float x, float y);
float powf(float x, float y);
float expf(float x);
float exp2f(float x);
float expm1f(float x);
float logf(float x);
float log2f(float x);
float log10f(float x);
float log1pf(float x);
float sinf(float x);
float cosf(float x);
float tanf(float x);
float asinf(float x);
float acosf(float x);
float atanf(float x);
float atan2f(float y, float x);
float sinhf(float x);
float coshf(float x);
float tanhf(float x);
float frexpf(float x, int *exp);
float ldexpf(float x, int exp);
float scalbnf(float x, int n);
float modff(float x, float *iptr);
float copysignf(float x, float y);
float fminf(float x, float y);
float fmaxf(float x, float y);
float fdimf(float x, float y);
float fmaf(float x, float y, float z);

/* And a few for long double, which the x87 does itself. */
long double fabsl(long double x);
long double sqrtl(long double x);

#endif
