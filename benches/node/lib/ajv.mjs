// The Ajv contenders, built the way a team would build them from
// `skjemasjekk schema --form ID`: Ajv 8 for JSON Schema 2020-12 with allErrors and
// ajv-formats (with its formatMinimum/formatMaximum keywords), the schema's
// `x-skjemasjekk-*` annotations registered as keywords so strict mode stays on;
// and the same plus ajv-errors, with a bokmål `errorMessage` for every keyword of
// every subschema, added here (the schema itself carries none).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;
const addErrors = require("ajv-errors").default;

/** The `x-skjemasjekk-*` keywords used anywhere in `schema`. */
function annotationKeywords(schema) {
  const found = new Set();
  const stack = [schema];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith("x-skjemasjekk-")) found.add(k);
      stack.push(v);
    }
  }
  return [...found].sort();
}

/**
 * A new Ajv instance (plain or with ajv-errors) that knows the annotations of
 * `schema` (one schema or an array of them); `code`: Ajv's code options (standalone).
 */
export function newAjv(schema, { errors = false, code } = {}) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, ...(code ? { code } : {}) });
  addFormats(ajv, { keywords: true });
  for (const keyword of annotationKeywords(schema)) ajv.addKeyword({ keyword });
  if (errors) addErrors(ajv);
  return ajv;
}

const field = (node, fallback = "Feltet") => `«${node.title ?? fallback}»`;

const typeWords = {
  string: "tekst",
  integer: "et heltall",
  number: "et tall",
  boolean: "ja eller nei",
  array: "en liste",
  object: "fylt ut med alle delene sine",
};

/** The bokmål message of each keyword present in `node`, in the style of the engine's nb catalogue. */
function messagesFor(node, fallbackTitle) {
  const s = field(node, fallbackTitle);
  const m = {};
  if (typeof node.type === "string") m.type = `${s} må være ${typeWords[node.type] ?? "fylt ut riktig"}.`;
  if ("minLength" in node) m.minLength = `${s} må ha minst ${node.minLength} tegn.`;
  if ("maxLength" in node) m.maxLength = `${s} kan ha høyst ${node.maxLength} tegn.`;
  if ("pattern" in node) m.pattern = `${s} har feil format. Sjekk at du har skrevet det riktig.`;
  if (node.format === "date") m.format = `${s} må være en gyldig dato.`;
  if (node.format === "email") m.format = `${s} må være en e-postadresse i riktig format, for eksempel navn@example.com.`;
  if ("formatMinimum" in node) m.formatMinimum = `${s} kan ikke være før ${node.formatMinimum}.`;
  if ("formatMaximum" in node) m.formatMaximum = `${s} kan ikke være etter ${node.formatMaximum}.`;
  if ("minimum" in node) m.minimum = `${s} må være minst ${node.minimum}.`;
  if ("maximum" in node) m.maximum = `${s} kan ikke være mer enn ${node.maximum}.`;
  if ("minItems" in node) m.minItems = `${s} må ha minst ${node.minItems === 1 ? "én oppføring" : `${node.minItems} oppføringer`}.`;
  if ("maxItems" in node) m.maxItems = `${s} kan ha høyst ${node.maxItems === 1 ? "én oppføring" : `${node.maxItems} oppføringer`}.`;
  if (node.uniqueItems) m.uniqueItems = `${s} har to like oppføringer. Fjern den ene av dem.`;
  if ("enum" in node) m.enum = `Verdien i ${s} er ikke ett av alternativene. Velg ett fra lista.`;
  if (node.const === true) m.const = `${s} må krysses av.`;
  if (node.properties && Array.isArray(node.required) && node.required.length) {
    m.required = Object.fromEntries(
      node.required.map((k) => [k, `${field(node.properties[k] ?? {})} må fylles ut.`]),
    );
  }
  if (node.additionalProperties === false) m.additionalProperties = "Feltet hører ikke til dette skjemaet. Fjern det.";
  return m;
}

/** A deep copy of `schema` with a bokmål `errorMessage` in every subschema that has keywords. */
export function withNorwegianMessages(schema) {
  const copy = structuredClone(schema);
  const stack = [[copy, undefined]];
  while (stack.length) {
    const [node, fallbackTitle] = stack.pop();
    if (node === null || typeof node !== "object" || Array.isArray(node)) continue;
    const m = messagesFor(node, fallbackTitle);
    if (Object.keys(m).length) node.errorMessage = m;
    for (const child of Object.values(node.properties ?? {})) stack.push([child, undefined]);
    // A list's items usually have no title of their own: name them after the list.
    if (node.items && typeof node.items === "object") stack.push([node.items, node.title]);
  }
  return copy;
}

/** The compiled validators: `plain` (Ajv) and `nb` (Ajv + ajv-errors, bokmål). */
export function compileAjv(schema) {
  const plain = newAjv(schema).compile(schema);
  const nbSchema = withNorwegianMessages(schema);
  const nb = newAjv(nbSchema, { errors: true }).compile(nbSchema);
  return { plain, nb, nbSchema };
}
