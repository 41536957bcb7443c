/*
 * arith.h - $((expression)): C integer arithmetic on longs.
 */
#ifndef SH_ARITH_H
#define SH_ARITH_H

/* 0 and the value, or -1 after reporting an error. */
int arith_eval(const char *expr, long *result);

#endif
