#!/usr/bin/env python3
"""gen_consts.py - writes consts.h, the constants libm needs to more
bits than a compiler's decimal literals give: parts of pi/2 and ln 2 cut
so that their products with small integers are exact, and the bits of
2/pi for reducing huge arguments of sin, cos and tan.

Everything is computed here with Python's integers, from Machin's
formula for pi and atanh series for the logarithms, to BITS bits.

    python3 gen_consts.py > consts.h
"""

BITS = 1600          # fixed-point precision of the computations
LIMBS = 40           # 32-bit words of 2/pi kept (1280 bits)


def atan_inv(n, bits):
    """atan(1/n) * 2^bits, rounded down."""
    one = 1 << bits
    total, term, k, sign = 0, one // n, 1, 1
    n2 = n * n
    while term:
        total += sign * (term // k)
        term //= n2
        k += 2
        sign = -sign
    return total


def atanh_inv(n, bits):
    """atanh(1/n) * 2^bits, rounded down."""
    one = 1 << bits
    total, term, k = 0, one // n, 1
    n2 = n * n
    while term:
        total += term // k
        term //= n2
        k += 2
    return total


PI = 16 * atan_inv(5, BITS) - 4 * atan_inv(239, BITS)
LN2 = 2 * atanh_inv(3, BITS)
LN10 = 3 * LN2 + 2 * atanh_inv(9, BITS)      # ln 10 = 3 ln 2 + ln 1.25


def ldhex(v, bits=64):
    """The fixed-point value v (scaled by 2^BITS) rounded to a binary
    number of `bits` significant bits, as a C long double hex literal,
    and the rest v - that (still scaled)."""
    if v == 0:
        return '0.0L', 0
    neg = v < 0
    a = -v if neg else v
    shift = a.bit_length() - bits
    m = (a + (1 << (shift - 1))) >> shift if shift > 0 else a << -shift
    if m >> bits:                      # rounding carried into a new bit
        m >>= 1
        shift += 1
    exact = m << shift if shift >= 0 else m >> -shift
    # the literal: m * 2^(shift - BITS); print m as hex with a binary exponent
    lit = '%s0x%xp%dL' % ('-' if neg else '', m, shift - BITS)
    rest = (a - exact) * (-1 if neg else 1)
    return lit, rest


def parts(v, n, bits):
    """v as n long doubles of `bits` bits each (the last of 64)."""
    out = []
    for i in range(n):
        lit, v = ldhex(v, bits if i < n - 1 else 64)
        out.append(lit)
    return out


def main():
    pio2 = PI // 2
    one = 1 << BITS
    print('/*')
    print(' * consts.h - constants of libm to more bits than a long double holds.')
    print(' * Written by gen_consts.py (python3 gen_consts.py > consts.h); do not')
    print(' * edit.  A *_N part has few enough bits that its product with an')
    print(' * integer of up to 64-N bits is exact in a long double.')
    print(' */')
    print('#ifndef _LIBM_CONSTS_H')
    print('#define _LIBM_CONSTS_H')
    print()
    print('#include <stdint.h>')
    print()
    print('/* pi/2 in four parts of 44 bits (the last of 64): Cody and Waite. */')
    for i, lit in enumerate(parts(pio2, 4, 44)):
        print('#define PIO2_%d\t%s' % (i + 1, lit))
    hi, rest = ldhex(pio2)
    print('/* pi/2 to 64 bits, and what it leaves out. */')
    print('#define PIO2_HI\t%s' % hi)
    print('#define PIO2_LO\t%s' % ldhex(rest)[0])
    hi, rest = ldhex(PI)
    print('#define PI_HI\t%s' % hi)
    print('#define PI_LO\t%s' % ldhex(rest)[0])
    print('#define PIO4\t%s' % ldhex(PI // 4)[0])
    print('#define TWO_OVER_PI\t%s' % ldhex(2 * one * one // PI)[0])
    print()
    print('/* ln 2 in a part of 48 bits and the rest; ln 10; their inverses. */')
    hi, rest = ldhex(LN2, 48)
    print('#define LN2_HI\t%s' % hi)
    print('#define LN2_LO\t%s' % ldhex(rest)[0])
    print('#define LN2\t%s' % ldhex(LN2)[0])
    print('#define INV_LN2\t%s' % ldhex(one * one // LN2)[0])
    print('#define INV_LN10\t%s' % ldhex(one * one // LN10)[0])
    hi, rest = ldhex(LN2 * one // LN10, 48)
    print('#define LOG10_2_HI\t%s' % hi)
    print('#define LOG10_2_LO\t%s' % ldhex(rest)[0])
    print()
    print('/* The bits of 2/pi after the binary point, 32 to a word, the most')
    print(' * significant first: Payne and Hanek\'s reduction. */')
    bits = (2 << (LIMBS * 32)) * one // PI   # 2/pi * 2^(32 LIMBS)
    words = [(bits >> (32 * (LIMBS - 1 - i))) & 0xffffffff
             for i in range(LIMBS)]
    print('#define TWO_OVER_PI_WORDS\t%d' % LIMBS)
    print('static const uint32_t two_over_pi_bits[TWO_OVER_PI_WORDS] = {')
    for i in range(0, LIMBS, 4):
        print('\t' + ', '.join('0x%08x' % w for w in words[i:i + 4]) + ',')
    print('};')
    print()
    print('#endif')


main()
