"""Values for the differential test: valid numbers built from their definitions,
single-digit changes, random digit strings, wrong lengths, and decorated
spellings (separators, other white space, look-alike digits, letters).

Deterministic for a given seed. No value holds NUL (argv cannot carry it) or a
line break (the CLI prints one line per value).
"""

import random

ORGNR_W = (3, 2, 7, 6, 5, 4, 3, 2)
KONTO_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
K1_W = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

# Characters a person (or a hostile client) may put in a number.
DECORATIONS = [
    " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\u000b", "\u2028", "\u0085", "\u001c",
    "-", "\u2013", "\u2212", ".", "\u00b7", ":", "/", "+", "a", "O", "\u200b", "\u202e",
]


def mod11(digits, weights):
    """The check digit, or None when the remainder gives none."""
    r = sum(int(d) * w for d, w in zip(digits, weights)) % 11
    return None if r == 1 else (0 if r == 0 else 11 - r)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def with_check(rng, stem_len, weights):
    while True:
        stem = digits(rng, stem_len)
        c = mod11(stem, weights)
        if c is not None:
            return stem + str(c)


def days_in_month(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def fnr(rng):
    """A fødselsnummer, D- or H-nummer with check digits (old or 2032 K1 rule),
    sometimes deliberately odd: D and H at once, FH (day ≥ 80), 29 February."""
    while True:
        yy = rng.randrange(100)
        mm = rng.randrange(1, 13)
        dd = rng.randrange(1, days_in_month(2000 + yy, mm) + 1)
        if rng.random() < 0.05:
            mm, dd = 2, 29
        kind = rng.random()
        if kind < 0.2:
            dd += 40
        elif kind < 0.35:
            mm += 40
        elif kind < 0.38:
            dd, mm = dd + 40, mm + 40
        elif kind < 0.40:
            dd = rng.randrange(80, 100)
        base = f"{dd:02d}{mm:02d}{yy:02d}{rng.randrange(1000):03d}"
        s1 = sum(int(d) * w for d, w in zip(base, K1_W))
        rule_2032 = rng.random() < 0.25
        choices = [k for k in range(10) if (s1 + k) % 11 <= (3 if rule_2032 else 0)]
        if not choices:
            continue
        k1 = rng.choice(choices)
        k2 = mod11(base + str(k1), K2_W)
        if k2 is None:
            continue
        return base + str(k1) + str(k2)


def change_one_digit(rng, number):
    i = rng.randrange(len(number))
    d = (int(number[i]) + rng.randrange(1, 10)) % 10
    return number[:i] + str(d) + number[i + 1:]


def decorate(rng, number):
    """The number with a few odd characters in it, or some digits swapped for look-alikes."""
    chars = list(number)
    for _ in range(rng.randrange(1, 4)):
        what = rng.random()
        if what < 0.15 and chars:
            i = rng.randrange(len(chars))
            if chars[i].isdigit() and chars[i].isascii():
                base = rng.choice([0xFF10, 0x0660, 0x1D7CE])  # fullwidth, Arabic-Indic, math bold
                chars[i] = chr(base + int(chars[i]))
        elif what < 0.3:
            edge = rng.choice([0, len(chars)])
            chars.insert(edge, rng.choice([" ", "\t", "\u00a0", "\u001d", "\u2003"]))
        else:
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(DECORATIONS))
    return "".join(chars)


def formatted(number, groups):
    """Spaces (or dots) between standard groups: 974 760 673, 8601.11.17947, 150765 00565."""
    out, i = [], 0
    for g in groups[0]:
        out.append(number[i:i + g])
        i += g
    return groups[1].join(out)


def values(kind, n, seed):
    """n values of one kind: about a third valid, the rest near misses and noise."""
    rng = random.Random(f"{kind}-{seed}")
    length = {"orgnr": 9, "kontonummer": 11, "fodselsnummer": 11}[kind]

    def valid():
        if kind == "orgnr":
            return with_check(rng, 8, ORGNR_W)
        if kind == "kontonummer":
            return with_check(rng, 10, KONTO_W)
        return fnr(rng)

    groups = {
        "orgnr": [((3, 3, 3), " ")],
        "kontonummer": [((4, 2, 5), " "), ((4, 2, 5), ".")],
        "fodselsnummer": [((6, 5), " ")],
    }[kind]
    out = []
    while len(out) < n:
        r = rng.random()
        if r < 0.30:
            v = valid()
        elif r < 0.38:
            v = formatted(valid(), rng.choice(groups))
        elif r < 0.58:
            v = change_one_digit(rng, valid())
        elif r < 0.70:
            v = digits(rng, length)
        elif r < 0.78:
            v = digits(rng, rng.choice([0, 1, 5, 7, 8, 10, 12, 13, 15]))
        elif r < 0.80 and kind == "kontonummer":
            v = "0000" + rng.choice([valid(), digits(rng, 7)])
        else:
            v = decorate(rng, rng.choice([valid, lambda: digits(rng, length)])())
        out.append(v)
    return out
