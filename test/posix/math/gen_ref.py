#!/usr/bin/env python3
"""gen_ref.py - writes ref.h, the reference values test/posix/math checks
libm against: each function at arguments spread over its range, with
the true result rounded correctly to double, computed by mpmath at 300
bits.  The arguments come from a fixed seed, so the table is the same on
every run.

    python3 gen_ref.py > ref.h
"""
import math
import random
import mpmath

mpmath.mp.prec = 300
rng = random.Random(16)


def u(lo, hi):
    return rng.uniform(lo, hi)


def logu(lo, hi):
    """Spread over the exponents between lo and hi (both > 0)."""
    return 2.0 ** rng.uniform(math.log2(lo), math.log2(hi))


M = mpmath


def real_cbrt(x):
    return -M.cbrt(-x) if x < 0 else M.cbrt(x)


def real_pow(x, y):
    """x^y for the x < 0, integral y the table asks for too."""
    if x < 0:
        return (-1 if int(y) % 2 else 1) * M.power(-x, y)
    return M.power(x, y)

FUNCS = [
    # name, mpmath function, arity, argument makers
    ('sin', M.sin, 1, [lambda: u(-7, 7), lambda: u(-1e6, 1e6),
                       lambda: logu(1e-10, 1e300)]),
    ('cos', M.cos, 1, [lambda: u(-7, 7), lambda: u(-1e6, 1e6),
                       lambda: logu(1e-10, 1e300)]),
    ('tan', M.tan, 1, [lambda: u(-1.5, 1.5), lambda: u(-1e5, 1e5)]),
    ('asin', M.asin, 1, [lambda: u(-1, 1)]),
    ('acos', M.acos, 1, [lambda: u(-1, 1)]),
    ('atan', M.atan, 1, [lambda: u(-3, 3), lambda: logu(1e-8, 1e20)]),
    ('atan2', M.atan2, 2, [lambda: (u(-5, 5), u(-5, 5))]),
    ('sinh', M.sinh, 1, [lambda: u(-3, 3), lambda: u(-700, 700)]),
    ('cosh', M.cosh, 1, [lambda: u(-3, 3), lambda: u(-700, 700)]),
    ('tanh', M.tanh, 1, [lambda: u(-5, 5), lambda: logu(1e-12, 1)]),
    ('exp', M.exp, 1, [lambda: u(-2, 2), lambda: u(-740, 709)]),
    ('exp2', lambda x: M.mpf(2) ** x, 1, [lambda: u(-1070, 1023)]),
    ('expm1', M.expm1, 1, [lambda: u(-1, 1), lambda: logu(1e-15, 1e-3)]),
    ('log', M.log, 1, [lambda: logu(1e-300, 1e300), lambda: u(0.9, 1.1)]),
    ('log2', M.log2 if hasattr(M, 'log2') else (lambda x: M.log(x, 2)), 1,
     [lambda: logu(1e-300, 1e300)]),
    ('log10', M.log10, 1, [lambda: logu(1e-300, 1e300)]),
    ('log1p', M.log1p, 1, [lambda: u(-0.9, 5), lambda: logu(1e-15, 1e-3)]),
    ('pow', real_pow, 2, [lambda: (u(0, 10), u(-100, 100)),
                         lambda: (u(0.9, 1.1), u(-2000, 2000)),
                         lambda: (-u(0, 10), float(rng.randint(-50, 50)))]),
    ('sqrt', M.sqrt, 1, [lambda: logu(1e-300, 1e300)]),
    ('cbrt', real_cbrt, 1, [lambda: u(-1e3, 1e3), lambda: logu(1e-300, 1e300)]),
    ('hypot', M.hypot, 2, [lambda: (u(-10, 10), u(-10, 10))]),
]

PER_MAKER = 12


def rounded(v):
    """v to the nearest double, ties to even, subnormals too: done with
    integers on mpmath's (sign, mantissa, exponent), so that no library
    rounding is trusted."""
    sign, man, exp, bc = M.mpf(v)._mpf_
    if man == 0:
        return -0.0 if sign else 0.0
    top = exp + bc - 1                      # v's binary exponent
    lsb = max(top - 52, -1074)              # the double's last bit
    shift = lsb - exp
    if shift <= 0:
        n = man << -shift
    else:
        n, rest = man >> shift, man & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        if rest > half or (rest == half and n & 1):
            n += 1
    r = math.ldexp(n, lsb)
    return -r if sign else r


def main():
    print('/*')
    print(' * ref.h - correctly rounded results for test/posix/math, from')
    print(' * mpmath at 300 bits.  Written by gen_ref.py; do not edit.')
    print(' */')
    print('static const struct ref refs[] = {')
    for name, fn, arity, makers in FUNCS:
        for mk in makers:
            for _ in range(PER_MAKER):
                a = mk()
                x, y = (a, 0.0) if arity == 1 else a
                v = fn(M.mpf(x)) if arity == 1 else fn(M.mpf(x), M.mpf(y))
                r = rounded(v)
                if r != r or r in (float('inf'), float('-inf')):
                    continue
                print('\t{ "%s", %s, %s, %s },' % (name, x.hex(), y.hex(),
                                                   r.hex()))
    print('};')


main()
