/*
 * setjmp.h - non-local jumps.
 *
 * A jmp_buf holds the callee-saved registers of the i386 ABI (ebx, esi,
 * edi, ebp), the stack pointer and the return address; sigsetjmp() also
 * keeps, in the last two words, whether it saved the signal mask and
 * the mask.  setjmp() and longjmp() leave the mask alone (POSIX lets
 * them; BSD's _setjmp never saves it).
 */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef int jmp_buf[8];
typedef int sigjmp_buf[8];

int setjmp(jmp_buf env) __attribute__((returns_twice));
void longjmp(jmp_buf env, int val) __attribute__((noreturn));
int _setjmp(jmp_buf env) __attribute__((returns_twice));
void _longjmp(jmp_buf env, int val) __attribute__((noreturn));
int sigsetjmp(sigjmp_buf env, int savemask) __attribute__((returns_twice));
void siglongjmp(sigjmp_buf env, int val) __attribute__((noreturn));

#endif
