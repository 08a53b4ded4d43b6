// Input checks only JS can make; see src/wasm/convert.rs.
const finiteOnly = (key, value) => {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new TypeError(`${value}${key === "" ? "" : ` at key ${JSON.stringify(key)}`} is not a number JSON can hold`);
  return value;
};
export const stringifyFinite = (value) => JSON.stringify(value, finiteOnly);
export const loneSurrogateAt = (text) => text.search(/\p{Cs}/u);
