// Timing harness for the Node benchmarks: every case is calibrated to a round of
// about ROUND_MS, warmed up, then all cases run round by round, interleaved
// (round 1 of every case, then round 2 of every case, ...), so a noisy moment on
// the shared machine hits every contender alike. Reports per case the median,
// min and max time per call over the rounds, in nanoseconds.

const now = () => process.hrtime.bigint();

/** Calls of `fn` that take about `ms` milliseconds (at least 1). */
function calibrate(fn, ms) {
  let n = 1;
  for (;;) {
    const t0 = now();
    for (let i = 0; i < n; i++) fn();
    const took = Number(now() - t0) / 1e6;
    if (took >= ms / 4 || n >= 1 << 24) return Math.max(1, Math.round((n * ms) / Math.max(took, 1e-3)));
    n *= 4;
  }
}

function stats(perCall) {
  const s = [...perCall].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median_ns: median, min_ns: s[0], max_ns: s[s.length - 1] };
}

/**
 * Run `cases` ([{ id, fn }]) and return [{ id, iterations, median_ns, min_ns, max_ns }].
 * `warmupMs` of calls per case first (JIT tier-up for Ajv's generated code and the
 * wasm glue), then `rounds` interleaved rounds of about `roundMs` each.
 */
export function runInterleaved(cases, { rounds, roundMs, warmupMs, log = () => {} }) {
  const plan = cases.map((c) => {
    const t0 = now();
    while (Number(now() - t0) / 1e6 < warmupMs) c.fn();
    return { ...c, iterations: calibrate(c.fn, roundMs), perCall: [] };
  });
  for (let r = 0; r < rounds; r++) {
    for (const c of plan) {
      const { fn, iterations } = c;
      const t0 = now();
      for (let i = 0; i < iterations; i++) fn();
      c.perCall.push(Number(now() - t0) / iterations);
    }
    log(`round ${r + 1}/${rounds}`);
  }
  return plan.map((c) => ({ id: c.id, iterations: c.iterations, ...stats(c.perCall) }));
}

/** Median, min and max of single timed calls (for slow cases such as compiling). */
export function runSingles(fn, { count, warmup }) {
  for (let i = 0; i < warmup; i++) fn();
  const perCall = [];
  for (let i = 0; i < count; i++) {
    const t0 = now();
    fn();
    perCall.push(Number(now() - t0));
  }
  return { iterations: 1, ...stats(perCall) };
}

export { stats };
