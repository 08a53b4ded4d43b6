// Input checks only JS can make; see src/wasm/convert.rs.
const finiteOnly = (key, value) => {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new TypeError(`${value}${key === "" ? "" : ` at key ${JSON.stringify(key)}`} is not a number JSON can hold`);
  return value;
};
export const stringifyFinite = (value) => {
  const text = JSON.stringify(value);
  return text?.includes("null") ? JSON.stringify(value, finiteOnly) : text;
};
export const loneSurrogateAt = (text) => text.search(/\p{Cs}/u);
