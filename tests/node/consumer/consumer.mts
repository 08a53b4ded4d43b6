// A TypeScript consumer of the package, compiled with tsc --strict (scripts/test-wasm.sh)
// under Node and bundler module resolution. It must compile, and each line under an
// expect-error directive at the end must NOT: the public types are exact, with no `any`.
import init, {
  LiveForm,
  Validator,
  version,
  type FieldInfo,
  type FieldType,
  type FormDataError,
  type FormDataResult,
  type FormInfo,
  type Issue,
  type IssueCode,
  type JsonSchema,
  type JsonValue,
  type Lang,
  type LiveDelta,
  type Relevance,
  type Report,
  type RuleSetCompileError,
  type RuleSetDiagnostic,
  type Severity,
  type UiTextKey,
  type ValidateOptions,
} from "skjemasjekk";
import { FormSchema, startEngine, type Checker } from "skjemasjekk/dropin";
import { attachAll, attachForm, checkerOf } from "skjemasjekk/dropin/auto";

type IsAny<T> = 0 extends 1 & T ? true : false;
type NoAny<T> = IsAny<T> extends true ? never : T;

await init();
const v: Validator = Validator.builtin();
const name: string = version();
const forms: FormInfo[] = v.forms();
const title: string = forms[0].title.nn;
const options: ValidateOptions = { lang: "nn", strict: true };
const report: NoAny<Report> = v.validate("pilotplan", { planYear: 2024 }, options);
const fromText: Report = v.validate("pilotplan", "{}");
const text: string = v.validateJson("pilotplan", "{}", { lang: "en" });
const bytes: string = v.ruleset("pilotplan");
const schema: NoAny<JsonSchema> = v.schema("pilotplan");
const issues: NoAny<Issue[]> = v.validateField("pilotplan", {}, "/planYear");
const ui: Record<UiTextKey, string> = v.uiTexts("nb");
const fields: NoAny<FieldInfo[]> = v.fields("pilotplan");
const fieldType: FieldType = fields[0].type;
const optionLabel: string | undefined = fields[0].options?.[0].label.nn;
const stale: string = ui.server_stale;
const posted: NoAny<FormDataResult> = v.formData("pilotplan", [["planYear", "2 024"], ["hasPlans", "true"]]);
const ignoredReason: "not_a_path" | "no_field" | "not_a_value" | undefined = posted.ignored[0]?.reason;
const refusal = (e: FormDataError): string => e.code + e.controlName;
const formSchema = new FormSchema(fields);
const titleType: FieldType | null = formSchema.type(["pilots", 0, "title"]);
const titleInfo: FieldInfo | null = formSchema.field(["pilots", "title"]);
const heading: string = ui.error_summary_heading;

function describe(issue: Issue): string {
  const severity: Severity = issue.severity;
  switch (issue.code) {
    case "min_length":
      return `${issue.params.min} ≤ ${issue.params.actual}`;
    case "kommunenummer":
      return issue.params.reason === "renumbered" ? issue.params.successors.join(", ") : issue.params.reason;
    case "sum_mismatch":
      return issue.params.expected + issue.params.actual;
    case "type":
      return issue.params.expected;
    default:
      return `${issue.path} ${severity}: ${issue.message}`;
  }
}
report.issues.map(describe);

const live: LiveForm = v.live("pilotplan", { lang: "nb" }, { planYear: 2024 });
const delta: NoAny<LiveDelta> = live.set("/planYear", 2025);
const cleared: boolean = delta.changed.every((c) => c.issues.length === 0 || c.path.length > 0);
const again: LiveDelta = live.remove("/planYear");
const data: NoAny<JsonValue> = live.data();
const current: Report = live.report();
const shown: NoAny<Relevance[]> = live.relevance();
const pilotsShown: boolean = v.relevance("pilotplan", { hasPlans: true }).some((r) => r.path === "/pilots" && r.relevant);
live.free();

try {
  new Validator([bytes, JSON.parse(bytes) as { [key: string]: JsonValue }]);
} catch (e) {
  const diagnostics: RuleSetDiagnostic[] = (e as RuleSetCompileError).diagnostics;
  diagnostics.map((d) => d.path + d.message);
}

// --- lines that must not compile ---
// @ts-expect-error: "de" is not a Lang
const lang: Lang = "de";
// @ts-expect-error: not an issue code
const code: IssueCode = "misspelt_code";
// @ts-expect-error: options take lang and strict only
v.validate("pilotplan", {}, { language: "nn" });
// @ts-expect-error: validateJson takes JSON text, not an object
v.validateJson("pilotplan", { planYear: 2024 });
// @ts-expect-error: a report's validity is a boolean
const flag: string = report.valid;
// @ts-expect-error: a required issue has no parameters
const min: number = (issues[0] as Extract<Issue, { code: "required" }>).params.min;
// @ts-expect-error: not a UI text key
const missing: string = ui.no_such_text;
// @ts-expect-error: the form id is a string
v.schema(42);
// @ts-expect-error: not a field type
const notAType: FieldType = "string";
// @ts-expect-error: pairs are [name, value] string pairs, not an object
v.formData("pilotplan", { planYear: "2024" });
// skjemasjekk/dropin/auto (types only: the module attaches forms of a document when loaded)
const attachEvery: (root?: ParentNode) => Promise<(Checker | null)[]> = attachAll;
const attachOne: (form: HTMLFormElement) => Promise<Checker> = attachForm;
const start: () => Promise<void> = startEngine;
// @ts-expect-error: the engine starts without arguments
startEngine("pilotplan");
// @ts-expect-error: a form may not have been attached
const attachedChecker: Promise<Checker> = checkerOf(document.forms[0]);
// @ts-expect-error: a field's help text may be missing
const help: string = fields[0].help.nb;

export { name, title, fromText, text, schema, heading, cleared, again, data, current, shown, pilotsShown, lang, code, flag, min, missing };
export { attachEvery, attachOne, attachedChecker, start };
export { fieldType, optionLabel, stale, titleType, titleInfo, notAType, help, ignoredReason, refusal };
