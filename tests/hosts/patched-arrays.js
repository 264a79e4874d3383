// A page whose scripts replaced array built-ins with ones that throw, and took shadow roots away.
const broken = () => {
  throw new Error('patched by the host');
};
Array.prototype.map = broken;
Array.prototype.forEach = broken;
Array.prototype.includes = broken;
Element.prototype.attachShadow = broken;
