#!/usr/bin/env python3
"""Seed the fuzz corpora from the project's own inputs.

Writes one file per seed into fuzz/corpus/<target>/ (named by content hash, as
libFuzzer does), from: the built-in forms and every rule set in the fixtures
(compile), every fixture document with each selector byte (validate), each
language fixture's rule set with its document, by index and as text (rulesets), the
JsonLogic suite and the forms' conditions (expr), valid and invalid
identifiers (identifiers), and edit scripts built from fixture documents (live).
scripts/fuzz.sh writes them to a scratch directory before each run
(`python3 fuzz/seed.py DIR`); existing files are kept.

It also writes a libFuzzer dictionary per target (DIR/<target>.dict): the
forms' keys, enum values and pointers, the rule-set language's words and the
expression operators, so mutations build plausible documents sooner.
"""
import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Where to write: the first argument, or the committed corpora.
CORPUS = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fuzz" / "corpus"


def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    (d / name).write_bytes(data)


def fixtures():
    for p in sorted((ROOT / "tests" / "fixtures").rglob("*.json")):
        try:
            case = json.loads(p.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(case, dict):
            yield case


def data_text(case):
    if isinstance(case.get("dataText"), str):
        return case["dataText"]
    if "data" in case:
        return json.dumps(case["data"], ensure_ascii=False)
    return None


def pointers(value, prefix=""):
    """(pointer, leaf value) for every leaf of a document, in order."""
    if isinstance(value, dict) and value:
        for k, v in value.items():
            tok = k.replace("~", "~0").replace("/", "~1")
            yield from pointers(v, f"{prefix}/{tok}")
    elif isinstance(value, list) and value:
        for i, v in enumerate(value):
            yield from pointers(v, f"{prefix}/{i}")
    elif prefix:
        yield prefix, value


def conditions(node):
    """Every condition and assertion in a rule set."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("requiredWhen", "forbiddenWhen", "when", "assert"):
                yield v
            yield from conditions(v)
    elif isinstance(node, list):
        for v in node:
            yield from conditions(v)


def words(node, out):
    """Every key and every short string value in a JSON value."""
    if isinstance(node, dict):
        for k, v in node.items():
            out.add(k)
            words(v, out)
    elif isinstance(node, list):
        for v in node:
            words(v, out)
    elif isinstance(node, str) and len(node) <= 40 and node.isprintable():
        out.add(node)


def write_dict(target, tokens):
    """A libFuzzer dictionary: one quoted token a line, bytes escaped as \\xNN."""
    lines = []
    for t in sorted(tokens):
        b = t.encode("utf-8")
        if not b or len(b) > 64:
            continue
        esc = "".join(chr(c) if 32 <= c < 127 and c not in (34, 92) else f"\\x{c:02x}" for c in b)
        lines.append(f'"{esc}"')
    CORPUS.mkdir(parents=True, exist_ok=True)
    (CORPUS / f"{target}.dict").write_text("\n".join(lines) + "\n", encoding="ascii")


def dictionaries(rule_sets, documents, suite):
    json_tokens = {"true", "false", "null", "{}", "[]", '":', '":"', '","', "},{", "\\u", "\\ud800", "2024-02-29", "-0", "1e400", "9007199254740993"}
    form_words, doc_words, ops = set(), set(), set()
    for rs in rule_sets:
        words(rs, form_words)
    for d in documents:
        for ptr, _ in pointers(d):
            segs = ptr.split("/")[1:]
            if all(not x.isdigit() or int(x) < 3 for x in segs):
                doc_words.add(ptr)
    doc_words = {w for w in doc_words if len(w) <= 64 and w.isprintable()}
    for t in suite:
        if isinstance(t, list) and t and isinstance(t[0], dict):
            words(t[0], ops)
    quoted = {f'"{w}"' for w in form_words if w.isidentifier()}
    write_dict("validate", json_tokens | quoted)
    write_dict("live", json_tokens | doc_words | quoted)
    write_dict("compile", json_tokens | quoted | form_words)
    write_dict("rulesets", json_tokens | quoted | form_words)
    write_dict("expr", json_tokens | {f'"{w}"' for w in ops} | quoted)


def main():
    forms = sorted((ROOT / "forms").glob("*.json"))
    form_ids = []
    rule_sets, documents = [], []
    for p in forms:
        text = p.read_text(encoding="utf-8")
        put("compile", text)
        try:
            rs = json.loads(text)
        except ValueError:
            continue
        form_ids.append(rs.get("id"))
        rule_sets.append(rs)
        for c in conditions(rs):
            put("expr", json.dumps(c, ensure_ascii=False) + "\n{}")
    cases = list(fixtures())
    for case in cases:
        if isinstance(case.get("data"), dict):
            documents.append(case["data"])
        if isinstance(case.get("ruleset"), dict):
            rule_sets.append(case["ruleset"])
            put("compile", json.dumps(case["ruleset"], ensure_ascii=False))
            for c in conditions(case["ruleset"]):
                put("expr", json.dumps(c, ensure_ascii=False) + "\n" + (data_text(case) or "{}"))
        text = data_text(case)
        if text is None or len(text) > 100_000:
            continue
        form = case.get("form")
        if form in form_ids:
            sel = form_ids.index(form)
            for strict in (0, 2):
                put("validate", bytes([sel | strict]) + text.encode("utf-8"))
            if isinstance(case.get("data"), dict):
                lines = [
                    f"{p}\t{json.dumps(v, ensure_ascii=False)}"
                    for p, v in pointers(case["data"])
                ]
                put("live", bytes([sel | 2]) + "\n".join(lines).encode("utf-8"))
                if lines:
                    put("live", bytes([sel]) + "\n".join(lines[:3] + [lines[0].split("\t")[0]]).encode("utf-8"))
    # rulesets: the fuzz target numbers the language fixtures that have a rule
    # set in the order of their file names, as here.
    index = 0
    for p in sorted((ROOT / "tests" / "fixtures" / "language").glob("*.json")):
        case = json.loads(p.read_text(encoding="utf-8"))
        if not isinstance(case.get("ruleset"), dict):
            continue
        text = data_text(case) or "{}"
        put("rulesets", bytes([0]) + index.to_bytes(2, "big") + text.encode("utf-8"))
        rules = json.dumps(case["ruleset"], ensure_ascii=False)
        put("rulesets", bytes([1]) + (rules + "\n\0\n" + text).encode("utf-8"))
        index += 1
    for sel in range(len(form_ids)):
        put("validate", bytes([sel]) + b"{}")
        put("live", bytes([sel]) + b"/a\t1\n/a")
    suite = json.loads((ROOT / "tests" / "jsonlogic-tests.json").read_text(encoding="utf-8"))
    for t in suite:
        if isinstance(t, list) and len(t) == 3:
            put("expr", json.dumps(t[0], ensure_ascii=False) + "\n" + json.dumps(t[1], ensure_ascii=False))
    for op in ["date_before", "date_after", "days_between", "months_between", "add_months"]:
        put("expr", json.dumps({op: [{"var": "a"}, {"var": "b"}]}) + '\n{"a":"2024-01-31","b":"2024-02-29"}')
    put("expr", '{"year":[{"var":"a"}]}\n{"a":"2024-02-29"}')
    put("expr", '{"is_date":[{"var":"a"}]}\n{"a":"2023-02-29"}')
    put("expr", '{"sum":[{"var":"l"},"n"]}\n{"l":[{"n":1.1},{"n":2.2},{"n":-3}]}')
    put("expr", '{"form":"a.b"}\n{"a":{"b":1}}')
    for s in ["974760673", "974 760 673", "974760674", "86011117947", "8601.11.17947",
              "86011117948", "01010112345", "15076500565", "55076500565", "15476500565",
              "29022400000", "0301", "3024", "03", "0150", "+47 22 22 22 22", "0047 91234567",
              "ola@example.no", "a@b", "", " ", "\u0661\u0662\u0663"]:
        put("identifiers", s)
    dictionaries(rule_sets, documents, suite)
    return 0


if __name__ == "__main__":
    sys.exit(main())
