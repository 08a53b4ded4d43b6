#!/usr/bin/env python3
"""Differential test: skjemasjekk's identifier checks against python-stdnum.

Generates (by default) 100 000 organisasjonsnumre, kontonumre and fødselsnumre
each (gen.py), runs them through `skjemasjekk check KIND -- VALUE…` in batches,
and compares each verdict with stdnum.no.orgnr / kontonr / fodselsnummer.
Every disagreement must be explained by a rule in explain.py (each rule
recomputes both verdicts); the script prints counts per category and exits 1
on any unexplained disagreement, or if the CLI misprints a line (a
fødselsnummer must be shown as its first six digits and *****, never whole).

    python3 tests/oracle/diff.py --bin target/release/skjemasjekk [--count N] [--seed S]

Run through scripts/oracle.sh, which installs stdnum into a venv under target/.
"""

import argparse
import collections
import subprocess
import sys

sys.dont_write_bytecode = True  # keep tests/oracle free of __pycache__

import explain  # noqa: E402
import gen  # noqa: E402

KINDS = ("orgnr", "kontonummer", "fodselsnummer")
BATCH = 2000


def shown(kind, value):
    """What the CLI prints for a value: a fødselsnummer only as its first six characters."""
    if kind != "fodselsnummer":
        return value
    return "".join(c for c in value if c not in explain.RUST_WS)[:6] + "*****"


def run_engine(binary, kind, values):
    """The engine's verdict (True/False) per value, checking the output format."""
    out = []
    for start in range(0, len(values), BATCH):
        batch = values[start:start + BATCH]
        proc = subprocess.run([binary, "check", kind, "--", *batch], capture_output=True)
        if proc.returncode not in (0, 1):
            sys.exit(f"{binary} check {kind} exited {proc.returncode}: {proc.stderr.decode()[:500]}")
        lines = proc.stdout.decode("utf-8").split("\n")
        if lines[-1] != "" or len(lines) - 1 != len(batch):
            sys.exit(f"check {kind}: {len(lines) - 1} lines for {len(batch)} values")
        for value, line in zip(batch, lines):
            prefix = shown(kind, value) + "\t"
            if not line.startswith(prefix):
                sys.exit(f"check {kind}: line {line!r} does not start with {prefix!r}")
            verdict, *rest = line[len(prefix):].split("\t")
            if verdict not in ("valid", "invalid"):
                sys.exit(f"check {kind}: {line!r}")
            if kind == "fodselsnummer":
                digits = explain.engine_clean(kind, value)
                if len(digits) == 11 and digits in "\t".join(rest):
                    sys.exit(f"check {kind}: the output repeats the number: {line!r}")
            out.append(verdict == "valid")
    return out


def compare(binary, kind, count, seed):
    examples = collections.defaultdict(list)
    values = gen.values(kind, count, seed)
    engine = run_engine(binary, kind, values)
    stdnum = [explain.stdnum_verdict(kind, v) for v in values]
    split = [(v, e, s) for v, e, s in zip(values, engine, stdnum) if e != s[0]]
    # Second pass: the engine's verdict on what stdnum reads, for the explanations.
    second = sorted({w for v, _, _ in split for w in explain.second_values(kind, v)})
    second = [v for v in second if "\n" not in v and "\0" not in v]
    asked = dict(zip(second, run_engine(binary, kind, second))) if second else {}

    def engine_of(v):
        return asked.get(v)

    counts = collections.Counter()
    counts["agree: valid"] = sum(1 for e, s in zip(engine, stdnum) if e and s[0])
    counts["agree: invalid"] = sum(1 for e, s in zip(engine, stdnum) if not e and not s[0])
    unexplained = []
    for v, e, (s, why) in split:
        category = explain.explain(kind, v, e, s, why, engine_of)
        side = "engine valid, stdnum invalid" if e else "engine invalid, stdnum valid"
        if category is None:
            unexplained.append((v, side, why))
            continue
        key = f"{category} [{side}]"
        counts[key] += 1
        if len(examples[key]) < 2:
            examples[key].append(v)
    print(f"\n{kind}: {len(values)} values, {sum(engine)} valid to the engine, "
          f"{sum(1 for s in stdnum if s[0])} to stdnum")
    for key, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        ex = ", ".join(repr(x) for x in examples.get(key, []))
        print(f"  {n:7d}  {key}" + (f"  e.g. {ex}" if ex else ""))
    for v, side, why in unexplained[:20]:
        print(f"  UNEXPLAINED {v!r}: {side} ({why})")
    if unexplained:
        print(f"  {len(unexplained)} unexplained")
    return len(unexplained)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True, help="the skjemasjekk binary")
    ap.add_argument("--count", type=int, default=100_000, help="values per kind (default 100 000)")
    ap.add_argument("--seed", default="1", help="seed of the value generator")
    ap.add_argument("--kinds", default=",".join(KINDS))
    args = ap.parse_args()
    import stdnum
    print(f"python-stdnum {stdnum.__version__}, seed {args.seed}, today {explain.today()}")
    bad = sum(compare(args.bin, k, args.count, args.seed) for k in args.kinds.split(","))
    print(f"\n{'FAIL' if bad else 'ok'}: {bad} unexplained disagreement(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
