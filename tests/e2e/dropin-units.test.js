// The drop-in's pure parts, without a browser: input names and pointers,
// renumbering of rows, value conversion (the engine's, through the package in
// Node), moving shown state when a row goes, and
// finding fields in what the engine says about them (Validator.fields, in Node).

import { test } from "node:test";
import assert from "node:assert/strict";
import { ROOT } from "./support/harness.js";

const mod = (f) => import(new URL(`file://${ROOT}/pkg/dropin/${f}`).href);
const names = await mod("names.js");
const { typedValue, toData } = await mod("collect.js");
const { shiftPointer, Visibility } = await mod("visibility.js");
const { FormSchema } = await mod("schema.js");
const { Validator } = await import(new URL(`file://${ROOT}/pkg/node.js`).href);

test("names: both styles parse to the same segments and print back in their own style", () => {
  const dotted = names.parseName("pilots[0].time.milestones[12].date");
  const pointer = names.parseName("/pilots/0/time/milestones/12/date");
  assert.deepEqual(dotted.segs, ["pilots", 0, "time", "milestones", 12, "date"]);
  assert.deepEqual(pointer.segs, dotted.segs);
  assert.equal(names.formatName(dotted.segs, "dotted"), "pilots[0].time.milestones[12].date");
  assert.equal(names.formatName(dotted.segs, "pointer"), "/pilots/0/time/milestones/12/date");
  assert.equal(names.nameToPointer("involvement.unions[2]"), "/involvement/unions/2");
  assert.equal(names.toPointer(["a/b", "c~d"]), "/a~1b/c~0d");
  assert.deepEqual(names.parsePointer("/a~1b/c~0d"), ["a/b", "c~d"]);
});

test("names: what is not a path is refused", () => {
  for (const bad of ["", "a..b", "a[", "a[x]", "a[01]", "a.", "a]b", "[-1]"]) {
    assert.equal(names.parseName(bad), null, bad);
  }
});

test("renumbering touches only the index right after the list's path", () => {
  const list = ["pilots", 0, "time", "milestones"];
  assert.equal(names.renumberName("pilots[0].time.milestones[0].date", list, 3), "pilots[0].time.milestones[3].date");
  assert.equal(names.renumberName("/pilots/0/time/milestones/0/date", list, 3), "/pilots/0/time/milestones/3/date");
  assert.equal(names.renumberName("pilots[1].time.milestones[0].date", list, 3), "pilots[1].time.milestones[0].date");
  assert.equal(names.renumberName("pilots[0].title", ["pilots"], 2), "pilots[2].title");
  assert.equal(names.renumberIds("pilots-0-title pilots-0-title-help other", "pilots", 2), "pilots-2-title pilots-2-title-help other");
  assert.equal(names.renumberIds("pilots-10", "pilots", 9), "pilots-9");
  assert.equal(names.renumberIds("pilotsx-0", "pilots", 9), "pilotsx-0");
  assert.equal(names.idStem(["pilots", 0, "time"]), "pilots-0-time");
});

test("conversion: the engine's; only unambiguous numbers and answers become JSON numbers and booleans", () => {
  const v = Validator.builtin();
  const at = (segs, text) => typedValue(v, "pilotplan", segs, text);
  const total = ["pilots", 0, "economy", "totalNok"];
  assert.equal(at(total, "120 000"), 120000);
  assert.equal(at(total, "1\u00a0200"), 1200);
  assert.equal(at(total, "\u22125"), -5);
  assert.equal(at(total, "12x"), "12x");
  assert.equal(at(total, "1,5"), "1,5");
  // Digits beyond a number (Infinity) stay text, for the engine to report.
  assert.equal(at(total, "9".repeat(400)), "9".repeat(400));
  assert.equal(at(["hasPlans"], "true"), true);
  assert.equal(at(["hasPlans"], "false"), false);
  assert.equal(at(["agency", "name"], "  "), undefined);
  assert.equal(at(["agency", "organizationNumber"], "988 077 917"), "988 077 917");
  // An emptied item of a list of texts is no answer here (the engine keeps it as null).
  assert.equal(at(["pilots", 0, "evaluation", "indicators", 0], ""), undefined);
});

test("conversion: the pairs a page submits become the engine's document, rows and all", () => {
  const v = Validator.builtin();
  const pairs = [
    ["pilots[0].title", ""],
    ["pilots[0].trustRelations", "stat_kommune"],
    ["pilots[0].trustRelations", "leder_medarbeider"],
    ["/pilots/1/economy/budget/0/amountNok", "5"],
    ["csrf", "x"],
  ];
  assert.deepEqual(toData(v, "pilotplan", pairs), {
    pilots: [{ trustRelations: ["stat_kommune", "leder_medarbeider"] }, { economy: { budget: [{ amountNok: 5 }] } }],
  });
  assert.deepEqual(v.formData("pilotplan", pairs).ignored, [{ reason: "no_field", name: "csrf" }]);
  assert.throws(() => v.formData("pilotplan", [["pilots[999999999].title", "x"]]), (e) => {
    assert.equal(e.code, "index_too_large");
    assert.equal(e.controlName, "pilots[999999999].title");
    return e instanceof Error;
  });
  assert.throws(() => v.formData("pilotplan", [["a"]]), /pairs must be an array/);
});

test("removing a row moves what was touched below it one row up", () => {
  assert.equal(shiftPointer("/pilots/2/title", "/pilots", 1), "/pilots/1/title");
  assert.equal(shiftPointer("/pilots/1/title", "/pilots", 1), null);
  assert.equal(shiftPointer("/pilots/0/title", "/pilots", 1), "/pilots/0/title");
  assert.equal(shiftPointer("/pilotsx/3", "/pilots", 1), "/pilotsx/3");
  const v = new Visibility();
  v.touched.add("/pilots/2/title");
  v.touched.add("/pilots/1/title");
  v.removeRow("/pilots", 1);
  assert.deepEqual([...v.touched], ["/pilots/1/title"]);
});

test("visibility: missing answers only after submit, other problems once the field is left", () => {
  const v = new Visibility();
  const required = { path: "/a", code: "required" };
  const format = { path: "/a", code: "orgnr" };
  assert.equal(v.shows(format), false);
  v.touched.add("/a");
  assert.equal(v.shows(format), true);
  assert.equal(v.shows(required), false);
  v.submit();
  assert.equal(v.shows(required), true);
  v.quiet.add("/rows/3");
  assert.equal(v.shows({ path: "/rows/3/title", code: "required" }), false, "a row added after submit stays quiet");
});

test("the schema finds the engine's fields through lists, with or without indices", () => {
  const s = new FormSchema(Validator.builtin().fields("pilotplan"));
  assert.equal(s.type(["pilots", 3, "economy", "budget", 0, "amountNok"]), "integer");
  assert.equal(s.type(["pilots", "economy", "budget", "amountNok"]), "integer");
  assert.equal(s.type(["pilots", "*", "economy", "budget", "*", "amountNok"]), "integer");
  assert.equal(s.label(["pilots", "title"], "en"), "Name of the pilot");
  assert.equal(s.label(["pilots", "title"], "nb"), "Navn på piloten");
  assert.equal(s.itemLabel(["pilots"], "nb"), "Pilot");
  assert.equal(s.itemLabel(["pilots", 0, "time", "milestones"], "nb"), "Milepæl");
  assert.equal(s.itemLabel(["pilots", 0, "title"], "nb"), "", "not a list");
  assert.equal(s.type(["pilots", 0]), "object", "a row of a list of objects");
  assert.equal(s.label(["pilots", 0], "nb"), "Pilot");
  assert.equal(s.itemIsObject(["pilots"]), true);
  assert.equal(s.optional(["pilots", "time", "phases"]), true);
  assert.equal(s.optional(["pilots", "title"]), false);
  assert.equal(s.optionValues(["pilots", "trustRelations"]).length, 4);
  const [first] = s.optionValues(["pilots", "trustRelations"]);
  assert.ok(s.optionLabel(["pilots", "trustRelations"], first, "nn").length > 0);
  assert.equal(s.optionLabel(["pilots", "trustRelations"], "no such value", "nn"), "");
  for (const bad of [[], ["pilots", 0, "nope"], ["toString"], ["pilots", "title", "x"], ["pilots", "*", "*"], [0]]) {
    assert.equal(s.field(bad), null, JSON.stringify(bad));
  }
});

test("the schema knows lists of plain values and lists of lists", () => {
  const t = (s) => ({ nb: s, nn: s, en: s });
  const s = new FormSchema([
    { path: "/tags", type: "list", label: t("Stikkord"), optional: true, conditional: false, itemLabel: t("Ord") },
    { path: "/tags/*", type: "text", label: t("Ord"), optional: false, conditional: false },
    { path: "/grid", type: "list", label: t("Rutenett"), optional: false, conditional: false, itemLabel: t("Linje") },
    { path: "/grid/*", type: "list", label: t("Linje"), optional: false, conditional: false, itemLabel: t("Celle") },
    { path: "/grid/*/*/value", type: "integer", label: t("Verdi"), optional: false, conditional: false },
  ]);
  assert.equal(s.type(["tags", 2]), "text");
  assert.equal(s.itemIsObject(["tags"]), false);
  assert.equal(s.type(["tags", "x"]), null, "plain values have no fields");
  assert.equal(s.itemIsObject(["grid"]), false);
  assert.equal(s.itemIsObject(["grid", 0]), true);
  assert.equal(s.type(["grid", 1, 2, "value"]), "integer");
  assert.equal(s.itemLabel(["grid", 1], "nb"), "Celle");
  assert.throws(() => new FormSchema("{}"), TypeError);
});
