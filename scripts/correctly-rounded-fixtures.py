#!/usr/bin/env python3
"""Reference results for PortableMath.CorrectlyRounded's fixture (Tests/PortableMathTests/Fixtures).

Reads lines "name xhex yhex" (Double bit patterns in hex) on stdin, adds hand-picked edge
cases, and prints "name xhex yhex resulthex" with the correctly rounded result computed by
mpmath at 400 bits and checked again at 900 bits (both must round to the same Double).
Usage: python3 scripts/correctly-rounded-fixtures.py < inputs.txt > correctly-rounded.txt
(pip install mpmath; a development tool, not a dependency of the build).
"""
import math
import struct
import sys
from fractions import Fraction

import mpmath


def to_double(bits):
    return struct.unpack("<d", struct.pack("<Q", int(bits, 16)))[0]


def to_hex(d):
    return format(struct.unpack("<Q", struct.pack("<d", d))[0], "x")


def nearest(value):
    """The Double nearest to an mpf (ties to even, overflow to infinity)."""
    if mpmath.isnan(value):
        return math.nan
    if mpmath.isinf(value):
        return math.copysign(math.inf, value)
    sign, man, exp, _ = value._mpf_
    exact = Fraction(man) * (Fraction(2) ** exp)
    if exact >= Fraction(2) ** 1024 - Fraction(2) ** 970:  # max + half an ulp and beyond
        result = math.inf
    else:
        result = float(exact)  # int / int in CPython: correctly rounded, subnormals included
    return -result if sign else result


def reference(name, x, y, prec):
    mpmath.mp.prec = prec + (1100 if name in ("sin", "cos") else 0)  # room for x up to 2^1024
    X, Y = mpmath.mpf(x), mpmath.mpf(y)
    if name == "exp":
        return mpmath.exp(X)
    if name in ("sin", "cos"):
        if not math.isfinite(x):
            return mpmath.mpf("nan")
        return mpmath.sin(X) if name == "sin" else mpmath.cos(X)
    if name == "exp2":
        return mpmath.power(2, X)
    if name in ("log", "log2", "log10"):
        if x < 0 or math.isnan(x):
            return mpmath.mpf("nan")
        if x == 0:
            return mpmath.mpf("-inf")
        if math.isinf(x):
            return mpmath.mpf("inf")
        base = {"log": None, "log2": 2, "log10": 10}[name]
        return mpmath.log(X) if base is None else mpmath.log(X) / mpmath.log(base)
    if name == "pow":
        if y == 0 or x == 1:
            return mpmath.mpf(1)
        negative = x < 0 and Y == mpmath.floor(Y) and int(Y) % 2 == 1
        if x < 0 and Y != mpmath.floor(Y):
            return mpmath.mpf("nan")
        magnitude = mpmath.power(abs(X), Y)
        return -magnitude if negative else magnitude
    raise ValueError(name)


def correctly_rounded(name, x, y):
    a = nearest(reference(name, x, y, 400))
    b = nearest(reference(name, x, y, 900))
    if not (a == b or (math.isnan(a) and math.isnan(b))):
        raise SystemExit(f"undecided at 900 bits: {name} {x!r} {y!r}")
    return a


EDGES = [
    ("exp", x, 0.0) for x in [709.782712893384, 709.7827128933840, 709.78271289338403, -708.3964185322641,
                              -708.4, -720.0, -745.1332191019411, -745.1332191019412, -745.13321910194122,
                              -740.0, 1e-300, -1e-300, 2.0 ** -54, -(2.0 ** -54), 2.0 ** -53, 1.0, -1.0, 0.5,
                              7.5417527749959590085e-10, 1e-17, 0.0, -0.0, 10.0, 100.0, -100.0]
] + [
    ("log", x, 0.0) for x in [1 + 2.0 ** -52, 1 - 2.0 ** -53, 2.0, 10.0, 0.1, 5e-324, 2.2250738585072014e-308,
                              1.7976931348623157e308, 2.718281828459045, 0.5, 3.0, 1e22, 1e-300]
] + [
    ("pow", x, y) for x, y in [(134217727.0, 2.0), (3.0, 33.0), (3.0, 34.0), (2.0, 0.5), (4.0, 0.5), (9.0, 1.5),
                               (-2.0, 3.0), (-2.0, 4.0), (10.0, -2.0), (2.0, -1074.0), (2.0, -1075.0),
                               (2.0, -1074.5), (2.0, 1023.0), (2.0, 1024.0), (1.0000001, 1e9), (1.05, 30.0),
                               (1.005, 360.0), (1.0041666666666667, -360.0), (0.9, 10.0), (1.1, 5.0),
                               (0.5, 1074.5), (10.0, 22.0), (10.0, 23.0), (10.0, -5.0), (1.5, 2.0),
                               (-0.5, -3.0), (2.5, 1.5), (7.0, 1.0 / 3), (1e300, 1.0), (1e-300, 2.0)]
] + [
    ("exp2", x, 0.0) for x in [0.5, -0.5, 3.0, -1074.0, -1074.5, -1022.3, 1023.99, 1e-20, 10.25]
] + [
    ("log2", x, 0.0) for x in [8.0, 1024.0, 3.0, 5e-324, 0.1, 1 + 2.0 ** -52]
] + [
    (name, x, 0.0) for name in ("sin", "cos") for x in [
        1.5707963267948966, 3.141592653589793, 6.283185307179586, 0.7853981633974483, 2.0 ** -26, 2.0 ** -27,
        -(2.0 ** -26), 1.0, -1.0, 0.5, 100.0, 1e5, 1048575.9, 1048576.0, 1e6, 1e10, 4.0e18, 355.0, 22.0,
        6381956970095103.0 * 2.0 ** 797, 5.0e-324, 1e-300, 1e22, 1e300, 2.0 ** 1023,
        1.7976931348623157e308, -1e19, 2.0 ** 62, 2.0 ** 70 + 2.0 ** 20]
] + [
    ("log10", x, 0.0) for x in [1000.0, 1e22, 1e23, 0.001, 2.0, 1 - 2.0 ** -53]
]


def main():
    cases = [(n, to_double(a), to_double(b)) for n, a, b in (line.split() for line in sys.stdin if line.strip())]
    for name, x, y in cases + EDGES:
        result = correctly_rounded(name, x, y)
        print(name, to_hex(x), to_hex(y), "nan" if math.isnan(result) else to_hex(result))


if __name__ == "__main__":
    main()
