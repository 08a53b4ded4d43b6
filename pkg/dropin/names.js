// Input names and JSON Pointers.
//
// A field's `name` says where its value goes in the data, in either of two styles:
//   JSON Pointer   /pilots/0/time/milestones/1/date
//   dotted path    pilots[0].time.milestones[1].date
// Both parse to the same segments (list indices as numbers); a name is written
// back in the style it came in, so a portal's own server keeps reading its names.

/** @typedef {(string|number)[]} Segs */

const INDEX = /^(0|[1-9][0-9]{0,8})$/;

/**
 * The segments and style of a name, or null when it is not a path at all.
 * @param {string} name
 * @returns {{ segs: Segs, style: "pointer" | "dotted" } | null}
 */
export function parseName(name) {
  if (typeof name !== "string" || name === "") return null;
  if (name.startsWith("/")) {
    const segs = parsePointer(name);
    return segs && segs.length ? { segs, style: "pointer" } : null;
  }
  const segs = [];
  let i = 0;
  while (i < name.length) {
    if (name[i] === "[") {
      const close = name.indexOf("]", i);
      if (close < 0) return null;
      const digits = name.slice(i + 1, close);
      if (!INDEX.test(digits)) return null;
      segs.push(Number(digits));
      i = close + 1;
      if (name[i] === ".") {
        i += 1;
        if (i >= name.length) return null;
      }
      continue;
    }
    let end = i;
    while (end < name.length && name[end] !== "." && name[end] !== "[") end += 1;
    const key = name.slice(i, end);
    if (key === "" || key.includes("]")) return null;
    segs.push(key);
    i = end;
    if (name[i] === ".") {
      i += 1;
      if (i >= name.length) return null;
    }
  }
  return segs.length ? { segs, style: "dotted" } : null;
}

/**
 * RFC 6901 pointer to segments; all-digit segments become list indices.
 * @param {string} pointer
 * @returns {Segs | null}
 */
export function parsePointer(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return null;
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => {
      const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      return INDEX.test(seg) ? Number(seg) : seg;
    });
}

/** @param {Segs} segs */
export function toPointer(segs) {
  return segs
    .map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1"))
    .join("");
}

/**
 * @param {Segs} segs
 * @param {"pointer" | "dotted"} style
 */
export function formatName(segs, style) {
  if (style === "pointer") return toPointer(segs);
  let out = "";
  for (const s of segs) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out === "" ? s : `.${s}`;
  }
  return out;
}

/** The pointer a name stands for, or null. @param {string} name */
export function nameToPointer(name) {
  const parsed = parseName(name);
  return parsed ? toPointer(parsed.segs) : null;
}

/** Whether `segs` starts with `prefix`. @param {Segs} segs @param {Segs} prefix */
export function startsWith(segs, prefix) {
  if (segs.length < prefix.length) return false;
  return prefix.every((p, i) => p === segs[i]);
}

/** Whether pointer `p` is `prefix` or lies under it. */
export function pointerWithin(p, prefix) {
  return p === prefix || p.startsWith(prefix + "/");
}

/**
 * The id stem of a path: `pilots-0-time-milestones`. Row ids in a page follow it
 * (`pilots-0-title`), so they can be renumbered together with the names.
 * @param {Segs} segs
 */
export function idStem(segs) {
  return segs.map((s) => String(s).replace(/[^A-Za-z0-9_-]/g, "_")).join("-");
}

/**
 * A name with the index right after `listSegs` replaced by `index`; other names
 * come back unchanged. Used when list rows are added, removed or cloned.
 * @param {string} name @param {Segs} listSegs @param {number} index
 */
export function renumberName(name, listSegs, index) {
  const parsed = parseName(name);
  if (!parsed) return name;
  const { segs, style } = parsed;
  if (!startsWith(segs, listSegs) || typeof segs[listSegs.length] !== "number") return name;
  const next = segs.slice();
  next[listSegs.length] = index;
  return formatName(next, style);
}

/**
 * An id (or a space-separated list of ids) with the row number after the list's
 * id stem replaced: `pilots-0-title` → `pilots-3-title` for stem `pilots`.
 * @param {string} ids @param {string} stem @param {number} index
 */
export function renumberIds(ids, stem, index) {
  const head = stem + "-";
  return ids
    .split(/\s+/)
    .map((id) => {
      if (!id.startsWith(head)) return id;
      const rest = id.slice(head.length);
      const m = /^[0-9]+/.exec(rest);
      if (!m) return id;
      const tail = rest.slice(m[0].length);
      if (tail !== "" && !tail.startsWith("-")) return id;
      return head + index + tail;
    })
    .join(" ");
}
