// The benchmark page's script (benches/browser/index.html loads it; a file, not an
// inline script, so the page also runs under the Content-Security-Policy of
// `skjemasjekk serve`, which the Fast 4G series uses).
// One page load: import the contender (?c=skjemasjekk | ajv | ajv-nb | ajv-nb-standalone,
// the minified bundles from benches/node/sizes.mjs; floor: an empty module, the page's
// own cost), get it ready, validate the valid
// pilot plan (fetched at the same time), and publish the times (ms since navigation
// start, performance.now()) as window.__bench for benches/browser/run.mjs.
const OPTS = { lang: "nb", strict: true };
const query = new URLSearchParams(location.search);
const contender = query.get("c");
// Where the .wasm is: /pkg/ is pkg/dist on the benchmark's own server, pkg/ under `serve`.
const WASM = query.get("wasm") || "/pkg/skjemasjekk_bg.wasm";
const t = { scriptStart: performance.now() };
const doc = fetch("/data/pilotplan-valid.json").then((r) => r.json());

const contenders = {
  async skjemasjekk() {
    const m = await import("/bench/skjemasjekk.min.js");
    t.imported = performance.now();
    await m.default({ module_or_path: WASM });
    t.initEnd = performance.now();
    const v = m.Validator.builtin();
    return (data) => v.validate("pilotplan", data, OPTS).issues;
  },
};
for (const name of ["ajv", "ajv-nb", "ajv-nb-standalone"]) {
  contenders[name] = async () => {
    const m = await import(`/bench/${name}.min.js`);
    t.imported = performance.now();
    return m.setup("pilotplan");
  };
}
contenders.floor = async () => {
  const m = await import("/floor.mjs");
  t.imported = performance.now();
  return m.setup();
};

const out = document.getElementById("out");
try {
  const validate = await contenders[contender]();
  t.ready = performance.now();
  const data = await doc;
  t.docReady = performance.now();
  const issues = validate(data);
  t.firstResult = performance.now();
  const wasm = performance.getEntriesByName(new URL(WASM, location.href).href)[0];
  if (wasm) t.wasmResponseEnd = wasm.responseEnd;
  window.__bench = { contender, ...t, issues: issues.length };
} catch (e) {
  window.__bench = { contender, error: String((e && e.stack) || e) };
}
out.textContent = JSON.stringify(window.__bench, null, 1);
