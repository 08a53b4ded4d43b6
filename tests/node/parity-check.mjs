// The golden-file comparison, shared by parity.test.mjs (in Node) and the page it
// loads in headless Chromium (browser-page.html): every line through validateJson must give the
// native output byte for byte (the report's text, or the one-line error), for
// reports the JS-object route through validate must give the same report, and a
// rule set that does not compile must give the native problems as `.diagnostics`.

/** [validator, form id] for a line: a built-in form, or the line's own rule set. */
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

/** Every difference between the package's output and the golden lines, as text. */
export function goldenDifferences(Validator, text) {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const builtin = Validator.builtin();
  const differences = [];
  lines.forEach((line, n) => {
    const c = JSON.parse(line);
    const [ok, output, gotDiagnostics] = outcome(() => {
      const [v, id] = target(c, Validator, builtin);
      return v.validateJson(id, c.data, c.options);
    });
    if (ok !== c.ok || output !== c.output) {
      differences.push(`line ${n + 1} ${c.name}:\n  expected ok=${c.ok} ${c.output}\n  got      ok=${ok} ${output}`);
      return;
    }
    const wantDiagnostics = c.diagnostics === null ? null : JSON.stringify(JSON.parse(c.diagnostics));
    if (gotDiagnostics !== wantDiagnostics) {
      differences.push(`line ${n + 1} ${c.name} (the rule set's diagnostics):\n  expected ${wantDiagnostics}\n  got      ${gotDiagnostics}`);
    }
    if (c.ok) {
      const [objOk, report] = outcome(() => {
        const [v, id] = target(c, Validator, builtin);
        return JSON.stringify(v.validate(id, JSON.parse(c.data), c.options));
      });
      const want = JSON.stringify(JSON.parse(c.output));
      if (!objOk || report !== want) {
        differences.push(`line ${n + 1} ${c.name} (data as a JS object):\n  expected ${want}\n  got      ${report}`);
      }
    }
  });
  return { count: lines.length, differences };
}
