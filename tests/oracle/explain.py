"""Verdicts of python-stdnum and the explanations of every known way they may
differ from skjemasjekk's. An explanation is a checked claim, never a label
stuck on whatever is left: each one recomputes the verdict under the rule it
names and must reproduce both sides.
"""

import datetime

from stdnum import exceptions
from stdnum.no import fodselsnummer, kontonr, orgnr
from stdnum.util import _clean_chars

MODULES = {"orgnr": orgnr, "kontonummer": kontonr, "fodselsnummer": fodselsnummer}

# Rust's char::is_whitespace: the Unicode White_Space property.
RUST_WS = set(
    "\t\n\u000b\u000c\r \u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
)
ENGINE_SEPARATORS = {"orgnr": "", "kontonummer": ".", "fodselsnummer": ""}


def stdnum_verdict(kind, value):
    """(valid, why): why is the exception's class name and message when invalid."""
    try:
        MODULES[kind].validate(value)
        return True, ""
    except exceptions.ValidationError as e:
        return False, f"{type(e).__name__}: {e}"


def engine_clean(kind, value):
    """What the engine reads: white space (and a kontonummer's dots) removed."""
    return "".join(c for c in value if c not in RUST_WS and c not in ENGINE_SEPARATORS[kind])


LOOK_ALIKE_DIGITS = {c for c in map(chr, range(0x80, 0x20000)) if _clean_chars(c) in "0123456789"}


def cleaning_kind(value, engine_valid):
    """Which difference in reading the text explains a verdict, named by the
    characters that make it (the claim itself is checked in `explain`)."""
    if engine_valid:
        return "input cleaning: white space other than U+0020 inside the number (the engine ignores all Unicode white space; stdnum only spaces)"
    if any(c in LOOK_ALIKE_DIGITS for c in value):
        return "input cleaning: look-alike digits (fullwidth, Arabic-Indic, mathematical) that stdnum reads as 0-9"
    if any(_clean_chars(c) in "-:" for c in value):
        return "input cleaning: separators '-', ':' and their look-alikes, which stdnum removes"
    if any(_clean_chars(c) == "." and c != "." for c in value):
        return "input cleaning: look-alikes of '.' (kontonummer), which stdnum removes"
    if any("\u001c" <= c <= "\u001f" for c in value):
        return "input cleaning: U+001C-U+001F at the ends, white space to Python's strip() only"
    return "input cleaning: other"


def k1_remainder(d):
    return sum(int(x) * w for x, w in zip(d[:10], (3, 7, 6, 1, 8, 9, 4, 5, 2, 1))) % 11


def k2_ok(d):
    return sum(int(x) * w for x, w in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1))) % 11 == 0


def fnr_rule(d, engine_valid, s_valid, s_why):
    """A difference in the fødselsnummer rules themselves, for the 11 digits d."""
    if len(d) != 11 or not d.isascii() or not d.isdigit():
        return None
    day, month, yy, ind = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6:9])
    if engine_valid and not s_valid:
        if "InvalidChecksum" in s_why and k1_remainder(d) in (1, 2, 3) and k2_ok(d):
            return "2032 rule: K1 remainder 1-3 is valid from 2032 (stdnum knows only the old rule)"
        if "century cannot be determined" in s_why:
            return "no century inferred: stdnum refuses individual numbers 500-749 with years 40-53"
        if "not been born yet" in s_why:
            return "no century inferred: stdnum refuses a birth date after today"
        if "valid birth date" in s_why and (day % 40, month % 40, yy) == (29, 2, 0) and ind < 500:
            return "no century inferred: 29 February 00 read as 1900 by stdnum, not a leap year"
    if not engine_valid and s_valid and day > 40 and month > 40:
        return "D- and H-nummer at once: stdnum accepts day+40 and month+40 together"
    return None


def kontonr_rule(value, engine_valid, s_valid):
    """A difference in what counts as a kontonummer."""
    compact = kontonr.compact(value)
    cleaned = _clean_chars(value)
    cleaned = "".join(c for c in cleaned if c not in " .-").strip()
    if s_valid and not engine_valid and len(compact) == 7:
        return "7-digit postgiro numbers (Luhn): valid to stdnum, not a kontonummer here"
    if cleaned.startswith("0000") and compact != cleaned:
        return "leading 0000: stdnum strips it as a postgiro bank code"
    return None


def explain(kind, value, engine_valid, s_valid, s_why, engine_of):
    """The category of a disagreement, or None. `engine_of(v)` is the engine's
    verdict on another value (asked in a second pass, see `second_values`)."""
    if kind == "kontonummer":
        rule = kontonr_rule(value, engine_valid, s_valid)
        if rule:
            return rule
    readings = [engine_clean(kind, value), MODULES[kind].compact(value)]
    # Input cleaning only: fed what the other side reads, each side agrees.
    by_engine, by_stdnum = readings
    if stdnum_verdict(kind, by_engine)[0] == engine_valid or engine_of(by_stdnum) == s_valid:
        return cleaning_kind(value, engine_valid)
    # A rule of the number itself, read the same way by both (perhaps after cleaning):
    # on that reading the two verdicts are the ones seen, and the rule explains them.
    if kind == "fodselsnummer":
        for d in readings:
            e_d = engine_of(d)
            s_d, why_d = stdnum_verdict(kind, d)
            if (e_d, s_d) != (engine_valid, s_valid):
                continue
            rule = fnr_rule(d, e_d, s_d, why_d)
            if rule:
                return rule if d == value else rule + " (after input cleaning)"
    return None


def second_values(kind, value):
    """What the engine must also be asked for `explain` to decide about `value`."""
    return [engine_clean(kind, value), MODULES[kind].compact(value)]


def today():
    return datetime.date.today().isoformat()
