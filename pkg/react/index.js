// skjemasjekk/react: the engine in React portals. A react-hook-form resolver
// (resolver.js) and a hook on the live form (hook.js); both take a validator the
// page has made ready (`await init()`, then `Validator.builtin()`), so the page
// owns the one engine. react and react-hook-form are optional peer dependencies.
export { skjemasjekkResolver, toFieldPath } from "./resolver.js";
export { useLiveForm } from "./hook.js";
