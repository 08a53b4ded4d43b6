// The golden-file comparison, shared by parity.test.mjs (in Node) and the page it
// loads in headless Chromium (browser-page.html): every case of
// tests/parity/golden.jsonl, its inputs read from its case file (tests/fixtures/),
// through validateJson must give the native output byte for byte (the report's
// text, or the one-line error), for reports the JS-object route through validate
// must give the same report, and a rule set that does not compile must give the
// native problems as `.diagnostics`.

/**
 * A golden line's case name and expected output. The report is the line's last
 * member, so its exact bytes are the text between `,"report":` and the final `}`.
 */
export function goldenCase(line) {
  const c = JSON.parse(line);
  const at = line.indexOf(',"report":');
  const ok = at >= 0;
  return {
    name: c.case,
    ok,
    output: ok ? line.slice(at + ',"report":'.length, -1) : c.error,
    diagnostics: c.diagnostics === undefined ? null : JSON.stringify(c.diagnostics),
  };
}

/**
 * A case file's inputs, as the native harness reads them: `dataText` as is, else
 * `data` as JSON text; the rule set as JSON text; options with their defaults.
 */
export function caseInputs(fileText) {
  const f = JSON.parse(fileText);
  return {
    form: f.form ?? null,
    ruleset: f.ruleset === undefined ? null : JSON.stringify(f.ruleset),
    data: typeof f.dataText === "string" ? f.dataText : JSON.stringify(f.data),
    options: { lang: f.options?.lang ?? "nb", strict: f.options?.strict ?? false },
  };
}

/** [validator, form id] for a case: a built-in form, or the case's own rule set. */
function target(c, Validator, builtin) {
  if (c.form !== null) return [builtin, c.form];
  const v = new Validator(c.ruleset);
  return [v, v.forms()[0].id];
}

/** [ok, value or error message, the error's `.diagnostics` as JSON text or null]. */
function outcome(fn) {
  try {
    return [true, fn(), null];
  } catch (e) {
    return [false, e.message, e.diagnostics === undefined ? null : JSON.stringify(e.diagnostics)];
  }
}

/**
 * Every difference between the package's output and the golden lines, as text.
 * `caseFile(name)` gives the text of tests/fixtures/<name>.json.
 */
export function goldenDifferences(Validator, text, caseFile) {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const builtin = Validator.builtin();
  const differences = [];
  lines.forEach((line, n) => {
    const want = goldenCase(line);
    const c = { ...caseInputs(caseFile(want.name)), ...want };
    const [ok, output, gotDiagnostics] = outcome(() => {
      const [v, id] = target(c, Validator, builtin);
      return v.validateJson(id, c.data, c.options);
    });
    if (ok !== c.ok || output !== c.output) {
      differences.push(`line ${n + 1} ${c.name}:\n  expected ok=${c.ok} ${c.output}\n  got      ok=${ok} ${output}`);
      return;
    }
    if (gotDiagnostics !== c.diagnostics) {
      differences.push(`line ${n + 1} ${c.name} (the rule set's diagnostics):\n  expected ${c.diagnostics}\n  got      ${gotDiagnostics}`);
    }
    if (c.ok) {
      const [objOk, report] = outcome(() => {
        const [v, id] = target(c, Validator, builtin);
        return JSON.stringify(v.validate(id, JSON.parse(c.data), c.options));
      });
      const wantReport = JSON.stringify(JSON.parse(c.output));
      if (!objOk || report !== wantReport) {
        differences.push(`line ${n + 1} ${c.name} (data as a JS object):\n  expected ${wantReport}\n  got      ${report}`);
      }
    }
  });
  return { count: lines.length, differences };
}
