// @vitest-environment jsdom
// skjemasjekk/react from the packed package, in Vitest's jsdom environment with React 19
// and react-hook-form 7: the resolver puts each error where react-hook-form looks for
// it, keeps warnings out of `errors`, and agrees with validate(); useLiveForm shows the
// engine's issues as a person types and switches language without a new live form.
import { test, expect, afterEach } from "vitest";
import { createElement as h, act, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { useForm } from "react-hook-form";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Validator } from "skjemasjekk";
import { skjemasjekkResolver, toFieldPath, useLiveForm } from "skjemasjekk/react";

globalThis.IS_REACT_ACT_ENVIRONMENT = true;
const v = Validator.builtin();
const root = join(process.env.SKJEMASJEKK_TESTS_DIR ?? join(import.meta.dirname, ".."), "..");
const validPlan = JSON.parse(readFileSync(join(root, "benches/data/pilotplan-valid.json"), "utf8"));
const get = (o, path) => path.split(".").reduce((x, k) => (x == null ? undefined : x[k]), o);

let container;
let reactRoot;
async function render(element) {
  container = document.createElement("div");
  document.body.append(container);
  reactRoot = createRoot(container);
  await act(async () => reactRoot.render(element));
}
afterEach(async () => {
  await act(async () => reactRoot?.unmount());
  container?.remove();
});

test("toFieldPath: pointers as react-hook-form names", () => {
  expect(toFieldPath("/pilots/0/title")).toBe("pilots.0.title");
  expect(toFieldPath("/pilots/0/time/milestones", true)).toBe("pilots.0.time.milestones.root");
  expect(toFieldPath("/a~1b/c~0d")).toBe("a/b.c~d");
  expect(toFieldPath("")).toBe("root");
});

test("the resolver: every error where react-hook-form looks, the first per field, lists and objects at .root", async () => {
  const values = { planYear: 1999, pilots: [{ title: "x" }] };
  let seen = null;
  const resolver = skjemasjekkResolver(v, "pilotplan", { lang: "nn", onReport: (r) => (seen = r) });
  const result = await resolver(values, undefined, { criteriaMode: "firstError", fields: {}, shouldUseNativeValidation: false });
  const report = v.validate("pilotplan", values, { lang: "nn", strict: false });
  expect(seen).toEqual(report);
  expect(result.values).toEqual({});
  expect(Array.isArray(result.errors.pilots)).toBe(true);
  expect(result.errors.planYear).toEqual({ type: "minimum", message: report.issues.find((i) => i.path === "/planYear").message });
  expect(get(result.errors, "pilots.0.time.milestones.root").type).toBe("required");
  expect(get(result.errors, "pilots.0.participants.root").type).toBe("at_least_one");
  const errorPaths = new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.path));
  for (const path of errorPaths) {
    const first = report.issues.find((i) => i.path === path);
    const direct = get(result.errors, toFieldPath(path));
    const at = direct && "message" in direct ? direct : get(result.errors, toFieldPath(path, true));
    expect(at, path).toEqual({ type: first.code, message: first.message });
  }
});

test("the resolver: a valid document passes its values on; warnings reach only onReport", async () => {
  const late = { ...validPlan, submittedAt: "2023-11-15" };
  let seen = null;
  const resolver = skjemasjekkResolver(v, "pilotplan", { onReport: (r) => (seen = r) });
  expect(await resolver(validPlan, undefined, {})).toEqual({ values: validPlan, errors: {} });
  const result = await resolver(late, undefined, {});
  expect(seen.issues.map((i) => i.severity)).toEqual(["warning"]);
  expect(result).toEqual({ values: late, errors: {} });
});

test("with react-hook-form: handleSubmit stops on the engine's errors, in the chosen language", async () => {
  let api = null;
  function Form() {
    const form = useForm({ resolver: skjemasjekkResolver(v, "pilotplan", { lang: "en" }), defaultValues: { planYear: 1999 } });
    useEffect(() => {
      api = form;
    });
    return null;
  }
  await render(h(Form));
  let invalid = null;
  let submitted = false;
  await act(async () => api.handleSubmit(() => (submitted = true), (errors) => (invalid = errors))());
  expect(submitted).toBe(false);
  const en = v.validate("pilotplan", { planYear: 1999 }, { lang: "en" });
  expect(invalid.planYear.message).toBe(en.issues.find((i) => i.path === "/planYear").message);
  expect(invalid.contact.email.type).toBe("required");
});

test("useLiveForm: issues as a person types, the language switched, freed on unmount", async () => {
  let state = null;
  function Live({ lang }) {
    const live = useLiveForm(v, "pilotplan", { lang, data: { planYear: 2024 } });
    state = live;
    return h("p", { id: "year" }, live.issues("/planYear").map((i) => i.message).join(" | "));
  }
  await render(h(Live, { lang: "nb" }));
  expect(state.ready).toBe(true);
  expect(state.issues("/planYear")).toEqual([]);
  await act(async () => state.set("/planYear", 1999));
  const nb = v.validate("pilotplan", state.data(), { lang: "nb" });
  const want = nb.issues.filter((i) => i.path === "/planYear");
  expect(want.length).toBe(1);
  expect(state.issues("/planYear")).toEqual(want);
  expect(container.querySelector("#year").textContent).toBe(want[0].message);
  expect(state.valid).toBe(false);
  expect(state.report()).toEqual(nb);
  await act(async () => reactRoot.render(h(Live, { lang: "en" })));
  const en = v.validate("pilotplan", state.data(), { lang: "en" });
  expect(container.querySelector("#year").textContent).toBe(en.issues.find((i) => i.path === "/planYear").message);
  await act(async () => state.remove("/planYear"));
  expect(state.issues("/planYear").map((i) => i.code)).toEqual(["required"]);
});
