// The floor of the browser benchmark: a module that does nothing, so the page's
// own cost (import, fetch of the document) is measured with no validator at all.
export function setup() {
  return () => [];
}
