// Globals an old CMS plugin may leave behind: enumerable additions to built-in prototypes.
Array.prototype.remove = function (item) {
  const i = this.indexOf(item);
  if (i >= 0) this.splice(i, 1);
  return this;
};
Array.prototype.first = function () {
  return this[0];
};
Object.prototype.extend = function (other) {
  for (const key in other) this[key] = other[key];
  return this;
};
Object.prototype.legacyFlag = true;
String.prototype.trim = function () {
  return this.replace(/^\s+|\s+$/g, '');
};
