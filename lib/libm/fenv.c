/*
 * fenv.c - the floating-point environment (<fenv.h>) on the x87: the
 * rounding mode is the control word's RC field, the exception flags
 * are the status word's.  The status word can only be written whole,
 * through fldenv, so setting or clearing flags goes through the
 * environment; after raising, fwait lets an unmasked exception trap as
 * it would have from an operation.  Also here: the helpers by which
 * libm's functions raise FE_INVALID and FE_DIVBYZERO.
 */
#include <fenv.h>
#include "math_impl.h"

/* What the kernel's fninit leaves: every exception masked, 64-bit
 * precision, round to nearest, no flags, the registers empty. */
const fenv_t __fe_dfl_env = {
	.__control = 0x037f,
	.__tag = 0xffff,
};

static void get_env(fenv_t *env)
{
	__asm__ volatile("fnstenv %0" : "=m"(*env));
	/* fnstenv masks every exception; put the control word back. */
	__asm__ volatile("fldcw %0" : : "m"(env->__control));
}

static void set_env(const fenv_t *env)
{
	__asm__ volatile("fldenv %0" : : "m"(*env));
}

int feclearexcept(int excepts)
{
	fenv_t env;

	if (excepts & ~FE_ALL_EXCEPT)
		return -1;
	get_env(&env);
	env.__status &= (unsigned short) ~excepts;
	set_env(&env);
	return 0;
}

int fetestexcept(int excepts)
{
	unsigned short sw;

	__asm__ volatile("fnstsw %0" : "=m"(sw));
	return sw & excepts & FE_ALL_EXCEPT;
}

int feraiseexcept(int excepts)
{
	fenv_t env;

	if (excepts & ~FE_ALL_EXCEPT)
		return -1;
	get_env(&env);
	env.__status |= (unsigned short) excepts;
	set_env(&env);
	__asm__ volatile("fwait");
	return 0;
}

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	if (excepts & ~FE_ALL_EXCEPT)
		return -1;
	*flagp = (fexcept_t) fetestexcept(excepts);
	return 0;
}

/* The flags as saved, without trapping. */
int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	fenv_t env;

	if (excepts & ~FE_ALL_EXCEPT)
		return -1;
	get_env(&env);
	env.__status = (unsigned short) ((env.__status & ~excepts)
	    | (*flagp & excepts));
	set_env(&env);
	return 0;
}

int fegetround(void)
{
	return x87_getcw() & X87_RC_MASK;
}

int fesetround(int round)
{
	if (round & ~X87_RC_MASK)
		return -1;
	x87_setcw((unsigned short) ((x87_getcw() & ~X87_RC_MASK) | round));
	return 0;
}

int fegetenv(fenv_t *envp)
{
	get_env(envp);
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	set_env(envp);
	return 0;
}

/* Saves the environment, clears the flags; every exception is masked
 * already (and stays so). */
int feholdexcept(fenv_t *envp)
{
	fenv_t env;

	get_env(envp);
	env = *envp;
	env.__status &= (unsigned short) ~FE_ALL_EXCEPT;
	env.__control |= FE_ALL_EXCEPT;		/* the mask bits */
	set_env(&env);
	return 0;
}

/* Installs env, then raises the exceptions that were set before. */
int feupdateenv(const fenv_t *envp)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);

	set_env(envp);
	return feraiseexcept(raised);
}

/* In long double, so that it is the x87 that raises them wherever
 * double arithmetic is done (on the host, in SSE). */
double __raise_invalid(void)
{
	volatile long double zero = 0;

	return (double) (zero / zero);
}

double __raise_divbyzero(int neg)
{
	volatile long double zero = 0;

	return (double) ((neg ? -1.0L : 1.0L) / zero);
}
