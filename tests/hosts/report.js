// Loaded first by every host page: records what a partner would see go wrong, for the test to read.
window.hostReport = { errors: [], rejections: [], consoleErrors: [], warnings: [], violations: [] };
addEventListener('error', (e) => hostReport.errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => hostReport.rejections.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => hostReport.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const originalError = console.error;
console.error = (...args) => {
  hostReport.consoleErrors.push(Array.from(args, String).join(' '));
  originalError.apply(console, args);
};
const originalWarn = console.warn;
console.warn = (...args) => {
  hostReport.warnings.push(Array.from(args, String).join(' '));
  originalWarn.apply(console, args);
};
