// Number and table formatting for BENCHMARKS.md (benches/node/report.mjs), and the
// lookup of one measured case that every section uses.

/** A lookup of one Node case by section, form, document and contender. */
export const finder = (cases) => (section, form, doc, contender) =>
  cases.find((c) => c.section === section && c.form === form && c.doc === doc && c.contender === contender);

/** A goal's verdict, judged on medians. */
export const mark = (ok) => (ok ? "**met**" : "**missed**");

/** A duration in nanoseconds as µs or ms with three significant digits. */
export function dur(ns) {
  if (ns === undefined || Number.isNaN(ns)) return "–";
  const us = ns / 1e3;
  if (us >= 10_000) return `${(us / 1e3).toFixed(1)} ms`;
  if (us >= 1_000) return `${(us / 1e3).toFixed(2)} ms`;
  if (us >= 100) return `${us.toFixed(0)} µs`;
  if (us >= 10) return `${us.toFixed(1)} µs`;
  return `${us.toFixed(2)} µs`;
}

/** Milliseconds (browser timings). */
export const ms = (x) => (x === undefined || Number.isNaN(x) ? "–" : `${x.toFixed(1)} ms`);

/** "**median** (min–max)" for a stat with median_ns/min_ns/max_ns. */
export const cell = (s) => (s ? `**${dur(s.median_ns)}** (${dur(s.min_ns)}–${dur(s.max_ns)})` : "–");

/** A ratio a/b as "0.42×". */
export const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : "–");

/** Bytes with thin grouping: 554 023. */
export const bytes = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/** A Markdown table from a header row, an alignment row ("l"/"r" per column) and rows. */
export function table(head, align, rows) {
  const sep = align.map((a) => (a === "r" ? "---:" : "---"));
  return [head, sep, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

/** Median, min and max of plain numbers. */
export function summary(xs) {
  const s = xs.filter((x) => typeof x === "number" && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], n: s.length };
}

/** "**median** (min–max)" for browser milliseconds. */
export const msCell = (s) => (s ? `**${ms(s.median)}** (${ms(s.min)}–${ms(s.max)})` : "–");
