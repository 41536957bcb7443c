/*
 * abs.c - absolute values and quotient-with-remainder: abs(), labs(),
 * llabs(), imaxabs(), div(), ldiv(), lldiv(), imaxdiv().  C's division
 * already truncates toward zero, as these must.
 */
#include <inttypes.h>
#include <stdlib.h>

int abs(int j)			{ return j < 0 ? -j : j; }
long labs(long j)		{ return j < 0 ? -j : j; }
long long llabs(long long j)	{ return j < 0 ? -j : j; }
intmax_t imaxabs(intmax_t j)	{ return j < 0 ? -j : j; }

div_t div(int num, int den)
{
	return (div_t) { num / den, num % den };
}

ldiv_t ldiv(long num, long den)
{
	return (ldiv_t) { num / den, num % den };
}

lldiv_t lldiv(long long num, long long den)
{
	return (lldiv_t) { num / den, num % den };
}

imaxdiv_t imaxdiv(intmax_t num, intmax_t den)
{
	return (imaxdiv_t) { num / den, num % den };
}
