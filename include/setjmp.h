/*
 * setjmp.h - non-local jumps.
 *
 * A jmp_buf holds the callee-saved registers of the i386 ABI (ebx, esi,
 * edi, ebp), the stack pointer and the return address, with room to spare.
 * The signal mask is not saved: there is no sigsetjmp.
 */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef int jmp_buf[8];

int setjmp(jmp_buf env) __attribute__((returns_twice));
void longjmp(jmp_buf env, int val) __attribute__((noreturn));
int _setjmp(jmp_buf env) __attribute__((returns_twice));
void _longjmp(jmp_buf env, int val) __attribute__((noreturn));

#endif
