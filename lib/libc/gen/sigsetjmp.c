/*
 * sigsetjmp.c - the signal-mask half of sigsetjmp() and siglongjmp()
 * (arch/i386/setjmp.S saves and restores the registers).
 */
#include <setjmp.h>
#include <signal.h>

#define SAVED	6		/* env[SAVED]: was the mask saved? */
#define MASK	7		/* env[MASK]: the mask */

int __sigsetjmp_mask(sigjmp_buf env, int savemask);

/* Reached by a jump from sigsetjmp, as if sigsetjmp itself returned. */
int __sigsetjmp_mask(sigjmp_buf env, int savemask)
{
	sigset_t mask;

	env[SAVED] = savemask != 0;
	if (savemask && sigprocmask(SIG_BLOCK, NULL, &mask) == 0)
		env[MASK] = (int) mask;
	else
		env[SAVED] = 0;
	return 0;
}

void siglongjmp(sigjmp_buf env, int val)
{
	sigset_t mask = (sigset_t) env[MASK];

	if (env[SAVED])
		sigprocmask(SIG_SETMASK, &mask, NULL);
	longjmp(env, val);
}
