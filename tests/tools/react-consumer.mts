// skjemasjekk/react from TypeScript (tsc --strict, scripts/test-tools.sh): the resolver
// is react-hook-form's Resolver for the form's values, the hook's state is exact, and
// each line under an expect-error directive must not compile.
import { useForm } from "react-hook-form";
import { Validator, type Issue, type LiveDelta, type Report } from "skjemasjekk";
import { skjemasjekkResolver, toFieldPath, useLiveForm, type LiveFormState } from "skjemasjekk/react";

interface Plan {
  planYear: number;
  agency: { name: string };
}

export function Form(v: Validator) {
  const form = useForm<Plan>({ resolver: skjemasjekkResolver<Plan>(v, "pilotplan", { lang: "nn", onReport: (r: Report) => r.valid }) });
  const live: LiveFormState = useLiveForm(v, "pilotplan", { lang: "en", data: { planYear: 2024 } });
  const issues: Issue[] = live.issues("/planYear");
  const delta: LiveDelta | null = live.set("/planYear", 2025);
  const name: string = toFieldPath("/agency/name");
  // @ts-expect-error: a language is "nb", "nn" or "en"
  skjemasjekkResolver(v, "pilotplan", { lang: "sv" });
  // @ts-expect-error: the form id is a string
  useLiveForm(v, 7);
  return [form, issues, delta, name];
}
