// A security tool's lockdown (SES-style): the built-ins are frozen before any other script runs.
for (const intrinsic of [
  Object,
  Object.prototype,
  Array,
  Array.prototype,
  Function.prototype,
  Symbol,
  Symbol.prototype,
  String.prototype,
  Promise,
  Promise.prototype,
  JSON,
  Math,
  Reflect,
]) {
  Object.freeze(intrinsic);
}
