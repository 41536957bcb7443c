/*
 * math - libm and <fenv.h> as a program on Resurgo sees them: every
 * function within 1 ulp of correctly rounded reference values (ref.h,
 * from gen_ref.py and mpmath), the special cases of C99's Annex F, the
 * classification macros, and the x87's rounding modes and exception
 * flags through <fenv.h>.
 */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include "t.h"

struct ref {
	const char *fn;
	double x, y, want;
};

#include "ref.h"

static double call(const char *fn, double x, double y)
{
	static const struct {
		const char *name;
		double (*f1)(double);
		double (*f2)(double, double);
	} fns[] = {
		{ "sin", sin, NULL }, { "cos", cos, NULL }, { "tan", tan, NULL },
		{ "asin", asin, NULL }, { "acos", acos, NULL },
		{ "atan", atan, NULL }, { "atan2", NULL, atan2 },
		{ "sinh", sinh, NULL }, { "cosh", cosh, NULL },
		{ "tanh", tanh, NULL }, { "exp", exp, NULL },
		{ "exp2", exp2, NULL }, { "expm1", expm1, NULL },
		{ "log", log, NULL }, { "log2", log2, NULL },
		{ "log10", log10, NULL }, { "log1p", log1p, NULL },
		{ "pow", NULL, pow }, { "sqrt", sqrt, NULL },
		{ "cbrt", cbrt, NULL }, { "hypot", NULL, hypot },
	};

	for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
		if (strcmp(fns[i].name, fn) == 0)
			return fns[i].f1 ? fns[i].f1(x) : fns[i].f2(x, y);
	T_FAIL("no function %s", fn);
}

/* The distance from got to want in units of want's last place. */
static double ulps(double got, double want)
{
	double ulp = nextafter(fabs(want), INFINITY) - fabs(want);

	return fabs(got - want) / ulp;
}

static void within_one_ulp(void)
{
	int exact = 0;

	for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) {
		const struct ref *r = &refs[i];
		double got = call(r->fn, r->x, r->y), e = ulps(got, r->want);
		T_CHECK(e <= 1.0, "%s(%a, %a) = %a, not %a: %.2f ulp", r->fn,
		    r->x, r->y, got, r->want, e);
		exact += got == r->want;
	}
	/* Within 1 ulp is the promise; nearly all are the nearest. */
	T_CHECK(exact >= (int) (sizeof refs / sizeof refs[0]) * 99 / 100,
	    "only %d of %zu correctly rounded", exact,
	    sizeof refs / sizeof refs[0]);
}

static void exact_functions(void)
{
	double i;
	int e, q;

	T_CHECK(floor(-2.5) == -3 && ceil(-2.5) == -2 && trunc(-2.5) == -2 &&
	    round(-2.5) == -3 && round(2.5) == 3 && rint(2.5) == 2 &&
	    rint(3.5) == 4 && nearbyint(-0.5) == 0 && lround(-2.5) == -3,
	    "rounding");
	T_CHECK(signbit(ceil(-0.5)) && signbit(round(-0.2)) &&
	    signbit(trunc(-0.9)) && signbit(rint(-0.4)), "lost -0");
	T_CHECK(fmod(7, 3) == 1 && fmod(-7, 3) == -1 && remainder(7, 3) == 1 &&
	    remainder(8, 3) == -1 && fmod(1e300, 3) == fmod(1e300, 3.0),
	    "remainders");
	T_CHECK(remquo(29, 3, &q) == -1 && (q & 7) == 2, "remquo %d", q);
	T_CHECK(sqrt(2) == 0x1.6a09e667f3bcdp+0 && sqrt(0x1p-1074) ==
	    0x1p-537 && sqrt(-0.0) == 0 && signbit(sqrt(-0.0)), "sqrt");
	T_CHECK(frexp(48, &e) == 0.75 && e == 6, "frexp %d", e);
	T_CHECK(ldexp(0.75, 6) == 48 && ldexp(1, -1074) == 0x1p-1074 &&
	    ldexp(1, 1024) == INFINITY && scalbn(3, -1075) == 0x1p-1073,
	    "ldexp");
	T_CHECK(modf(-3.25, &i) == -0.25 && i == -3, "modf");
	T_CHECK(copysign(3, -0.0) == -3 && fabs(-INFINITY) == INFINITY,
	    "copysign");
	T_CHECK(fmin(NAN, 1) == 1 && fmax(1, NAN) == 1 && fdim(2, 5) == 0 &&
	    fdim(5, 2) == 3, "fmin fmax fdim");
	/* Products whose low bits a second rounding would lose. */
	T_CHECK(fma(0x1p52 + 1, 0x1p52 - 1, -0x1p104) == -1 &&
	    fma(1 + 0x1p-52, 1 + 0x1p-52, -(1 + 0x1p-51)) == 0x1p-104 &&
	    fma(1 + 0x1p-52, 1 + 0x1p-52, -1) == 0x1p-51,
	    "fma is not one rounding");
	T_CHECK(fmaf(1 + 0x1p-23f, 1 + 0x1p-23f, -(1 + 0x1p-22f)) == 0x1p-46f,
	    "fmaf");
}

static void special_values(void)
{
	T_CHECK(isnan(sin(INFINITY)) && isnan(log(-1)) && isnan(sqrt(-2)) &&
	    isnan(acos(2)) && isnan(pow(-8, 1.0 / 3)) && isnan(fmod(1, 0)),
	    "domain errors give NaN");
	T_CHECK(log(0) == -HUGE_VAL && pow(0, -1) == HUGE_VAL &&
	    pow(-0.0, -1) == -HUGE_VAL, "poles");
	T_CHECK(exp(1000) == HUGE_VAL && exp(-1000) == 0 && pow(10, 400) ==
	    HUGE_VAL && cosh(1000) == HUGE_VAL && sinh(-1000) == -HUGE_VAL,
	    "overflow and underflow");
	T_CHECK(pow(NAN, 0) == 1 && pow(1, NAN) == 1 && pow(-1, INFINITY) == 1
	    && pow(-2, 3) == -8 && pow(4, 0.5) == 2, "pow's rules");
	T_CHECK(atan2(0.0, -0.0) == M_PI && atan2(-0.0, -1) == -M_PI &&
	    atan2(INFINITY, -INFINITY) == 3 * M_PI_4, "atan2's rules");
	T_CHECK(hypot(INFINITY, NAN) == INFINITY && cbrt(-27) == -3 &&
	    log10(1e-300) == -300 && log2(0x1p-1074) == -1074 && exp(0) == 1,
	    "exact results");
}

static void classification(void)
{
	volatile double sub = 0x1p-1070, zero = 0;
	volatile float f = 1.5f;

	T_EQ(fpclassify(NAN), FP_NAN);
	T_EQ(fpclassify(-INFINITY), FP_INFINITE);
	T_EQ(fpclassify(-zero), FP_ZERO);
	T_EQ(fpclassify(sub), FP_SUBNORMAL);
	T_EQ(fpclassify(1.0), FP_NORMAL);
	T_EQ(fpclassify(f), FP_NORMAL);
	T_CHECK(isnan(NAN) && !isnan(1.0) && isinf(HUGE_VAL) && !isinf(DBL_MAX)
	    && isfinite(DBL_MAX) && !isfinite(NAN) && isnormal(DBL_MIN) &&
	    !isnormal(sub) && signbit(-zero) && !signbit(zero),
	    "classification");
	T_CHECK(isgreater(2.0, 1.0) && !isgreater(NAN, 1.0) &&
	    isunordered(NAN, 1.0) && islessgreater(1.0, 2.0), "comparisons");
	T_CHECK(M_PI == 0x1.921fb54442d18p+1 && M_E == 0x1.5bf0a8b145769p+1 &&
	    M_SQRT2 == 0x1.6a09e667f3bcdp+0 && M_LN2 == 0x1.62e42fefa39efp-1,
	    "M_ constants");
}

static void rounding_modes(void)
{
	static const int modes[] = { FE_TONEAREST, FE_DOWNWARD, FE_UPWARD,
	    FE_TOWARDZERO };
	static const double third_up = 0x1.5555555555556p-2;
	static const double third_dn = 0x1.5555555555555p-2;
	volatile double one = 1, three = 3, r;

	T_EQ(fegetround(), FE_TONEAREST);
	for (int i = 0; i < 4; i++) {
		T_EQ(fesetround(modes[i]), 0);
		T_EQ(fegetround(), modes[i]);
		r = one / three;
		T_CHECK(r == (modes[i] == FE_UPWARD ? third_up : third_dn),
		    "1/3 in mode %#x is %a", modes[i], r);
		r = -one / three;
		T_CHECK(r == (modes[i] == FE_DOWNWARD ? -third_up : -third_dn),
		    "-1/3 in mode %#x is %a", modes[i], r);
		T_EQ(rint(2.5), modes[i] == FE_UPWARD ? 3 : 2);
		T_EQ(rint(-2.5), modes[i] == FE_DOWNWARD ? -3 : -2);
		T_CHECK(sqrt(2) == (modes[i] == FE_UPWARD ? 0x1.6a09e667f3bcdp+0
		    : modes[i] == FE_TONEAREST ? 0x1.6a09e667f3bcdp+0
		    : 0x1.6a09e667f3bccp+0), "sqrt(2) in mode %#x: %a",
		    modes[i], sqrt(2));
	}
	T_EQ(fesetround(FE_TONEAREST), 0);
	T_CHECK(fesetround(12345) != 0 && fegetround() == FE_TONEAREST,
	    "a bad mode was taken");
}

static void exception_flags(void)
{
	volatile double zero = 0, one = 1, big = DBL_MAX, tiny = DBL_MIN, r;
	fexcept_t saved;
	fenv_t env;

	T_EQ(feclearexcept(FE_ALL_EXCEPT), 0);
	T_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
	r = one / zero;
	T_EQ(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO);
	feclearexcept(FE_ALL_EXCEPT);
	r = zero / zero;
	T_EQ(fetestexcept(FE_INVALID), FE_INVALID);
	feclearexcept(FE_ALL_EXCEPT);
	r = big * big;
	T_CHECK(fetestexcept(FE_OVERFLOW | FE_INEXACT) ==
	    (FE_OVERFLOW | FE_INEXACT), "big*big: %#x",
	    fetestexcept(FE_ALL_EXCEPT));
	feclearexcept(FE_ALL_EXCEPT);
	r = tiny * tiny;
	T_CHECK(fetestexcept(FE_UNDERFLOW), "tiny*tiny: %#x",
	    fetestexcept(FE_ALL_EXCEPT));
	feclearexcept(FE_ALL_EXCEPT);
	(void) log(0);
	T_EQ(fetestexcept(FE_DIVBYZERO), FE_DIVBYZERO);
	(void) sqrt(-1);
	T_EQ(fetestexcept(FE_INVALID), FE_INVALID);
	feclearexcept(FE_ALL_EXCEPT);
	(void) nearbyint(0.5);
	T_EQ(fetestexcept(FE_INEXACT), 0);
	(void) rint(0.5);
	T_EQ(fetestexcept(FE_INEXACT), FE_INEXACT);
	T_EQ(feraiseexcept(FE_OVERFLOW | FE_UNDERFLOW), 0);
	T_EQ(fegetexceptflag(&saved, FE_ALL_EXCEPT), 0);
	feclearexcept(FE_ALL_EXCEPT);
	T_EQ(fesetexceptflag(&saved, FE_OVERFLOW), 0);
	T_EQ(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW);
	/* feholdexcept saves and clears; feupdateenv puts back and adds. */
	T_EQ(feholdexcept(&env), 0);
	T_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
	fesetround(FE_UPWARD);
	r = one / zero;
	T_EQ(feupdateenv(&env), 0);
	T_EQ(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW | FE_DIVBYZERO);
	T_EQ(fegetround(), FE_TONEAREST);
	fesetround(FE_DOWNWARD);
	T_EQ(fesetenv(FE_DFL_ENV), 0);
	T_EQ(fegetround(), FE_TONEAREST);
	T_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
	T_EQ(fegetenv(&env), 0);
	(void) r;
}

/* A child starts with the default environment; fork copies the
 * parent's. */
static void environment_across_fork_and_exec(void)
{
	pid_t pid;

	fesetround(FE_TOWARDZERO);
	if ((pid = t_fork()) == 0) {
		T_EQ(fegetround(), FE_TOWARDZERO);
		execl(t_self, "math", "--round", (char *) NULL);
		_exit(99);
	}
	T_EQ(t_exit_code(pid), FE_TONEAREST >> 10);
	fesetround(FE_TONEAREST);
}

static const struct t_case cases[] = {
	{ "within_one_ulp", within_one_ulp, 60 },
	{ "exact_functions", exact_functions, 0 },
	{ "special_values", special_values, 0 },
	{ "classification", classification, 0 },
	{ "rounding_modes", rounding_modes, 0 },
	{ "exception_flags", exception_flags, 0 },
	{ "environment_across_fork_and_exec",
	    environment_across_fork_and_exec, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--round") == 0)
		return fegetround() >> 10;
	return t_main(argc, argv, cases, NULL);
}
