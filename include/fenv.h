/*
 * fenv.h - the floating-point environment: the x87's rounding mode and
 * exception flags (libm: link with -lm).
 *
 * Resurgo's programs do their floating point on the x87 (they are built
 * for the i686, without SSE), so its control and status words are the
 * environment.  Every exception is masked: an exception sets its flag
 * and the operation gives IEEE 754's default result.  FE_DENORMAL is
 * the x87's own flag for an operand that was subnormal.
 */
#ifndef _FENV_H
#define _FENV_H

#define FE_INVALID	0x01
#define FE_DENORMAL	0x02
#define FE_DIVBYZERO	0x04
#define FE_OVERFLOW	0x08
#define FE_UNDERFLOW	0x10
#define FE_INEXACT	0x20
#define FE_ALL_EXCEPT	0x3f

#define FE_TONEAREST	0x000
#define FE_DOWNWARD	0x400
#define FE_UPWARD	0x800
#define FE_TOWARDZERO	0xc00

typedef unsigned short fexcept_t;

/* The x87's environment as fnstenv stores it (28 bytes). */
typedef struct {
	unsigned short __control, __pad0;
	unsigned short __status, __pad1;
	unsigned short __tag, __pad2;
	unsigned int __ip;
	unsigned short __cs, __opcode;
	unsigned int __dp;
	unsigned short __ds, __pad3;
} fenv_t;

extern const fenv_t __fe_dfl_env;
#define FE_DFL_ENV	(&__fe_dfl_env)

int feclearexcept(int excepts);
int fegetexceptflag(fexcept_t *flagp, int excepts);
int feraiseexcept(int excepts);
int fesetexceptflag(const fexcept_t *flagp, int excepts);
int fetestexcept(int excepts);
int fegetround(void);
int fesetround(int round);
int fegetenv(fenv_t *envp);
int feholdexcept(fenv_t *envp);
int fesetenv(const fenv_t *envp);
int feupdateenv(const fenv_t *envp);

#endif
