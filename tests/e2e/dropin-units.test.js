// The drop-in's pure parts, without a browser: input names and pointers,
// renumbering of rows, value conversion, and moving shown state when a row goes.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ROOT } from "./support/harness.js";

const mod = (f) => import(new URL(`file://${ROOT}/pkg/dropin/${f}`).href);
const names = await mod("names.js");
const { convert, putIn } = await mod("collect.js");
const { shiftPointer, Visibility } = await mod("visibility.js");
const { FormSchema } = await mod("schema.js");

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

test("conversion: only unambiguous numbers and answers become JSON numbers and booleans", () => {
  assert.equal(convert("integer", "120 000"), 120000);
  assert.equal(convert("integer", "1\u00a0200"), 1200);
  assert.equal(convert("integer", "\u22125"), -5);
  assert.equal(convert("integer", "12x"), "12x");
  assert.equal(convert("integer", "1,5"), "1,5");
  assert.equal(convert("decimal", "2,5"), 2.5);
  assert.equal(convert("boolean", "true"), true);
  assert.equal(convert("boolean", "false"), false);
  assert.equal(convert("text", "  "), undefined);
  assert.equal(convert("orgnr", "988 077 917"), "988 077 917");
});

test("putIn makes the objects and lists on the way", () => {
  const data = {};
  putIn(data, ["pilots", 1, "economy", "budget", 0, "amountNok"], 5);
  assert.deepEqual(data, { pilots: [null, { economy: { budget: [{ amountNok: 5 }] } }] });
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

test("the schema finds fields through lists, with or without indices", () => {
  const s = new FormSchema({
    id: "x",
    title: { nb: "X", nn: "X", en: "X" },
    fields: {
      pilots: {
        type: "list",
        label: { nb: "Piloter", nn: "Pilotar", en: "Pilots" },
        item: { type: "object", label: { nb: "Pilot", nn: "Pilot", en: "Pilot" }, fields: { total: { type: "integer", label: { nb: "Sum", nn: "Sum", en: "Total" } } } },
      },
    },
  });
  assert.equal(s.type(["pilots", 3, "total"]), "integer");
  assert.equal(s.type(["pilots", "total"]), "integer");
  assert.equal(s.type(["pilots", "*", "total"]), "integer");
  assert.equal(s.label(["pilots", "total"], "en"), "Total");
  assert.equal(s.itemLabel(["pilots"], "nn"), "Pilot");
  assert.equal(s.type(["pilots", 0, "nope"]), null);
  assert.equal(s.type(["toString"]), null);
});
