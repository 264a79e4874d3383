// An older engine still in use, played by a current browser with the newer features taken away
// before our script runs: `data-engine="safari-17.0"` (Safari and iOS Safari 17.0 to 17.3) or
// `"firefox-esr-128"`. Whatever the real engine lacks, the widgets must still work: the reserved
// space stays where custom states are missing, and sharing falls back to the links.
(() => {
  const engine = document.currentScript.dataset.engine;
  const remove = (owner, name) => {
    try {
      delete owner[name];
    } catch {
      /* not configurable here: leave it */
    }
    if (name in owner) Object.defineProperty(owner, name, { value: undefined, configurable: true, writable: true });
  };
  const gone = {
    // Safari 17.0 to 17.3: no custom states (17.4), no Promise.withResolvers (17.4), no
    // requestIdleCallback, scheduler.yield, CloseWatcher or Trusted Types.
    'safari-17.0': [
      [window.ElementInternals.prototype, 'states'],
      [window, 'CustomStateSet'],
      [Promise, 'withResolvers'],
      [window, 'requestIdleCallback'],
      [window, 'cancelIdleCallback'],
      [window, 'scheduler'],
      [window, 'CloseWatcher'],
      [window, 'trustedTypes'],
      [window, 'TrustedHTML'],
      [window, 'TrustedScriptURL'],
      [window, 'TrustedTypePolicy'],
      [window, 'TrustedTypePolicyFactory'],
    ],
    // Firefox ESR 128: custom states arrived in 126 and withResolvers in 121, so those stay; no
    // scheduler.yield, CloseWatcher or Trusted Types, and on the desktop no Web Share.
    'firefox-esr-128': [
      [window, 'scheduler'],
      [window, 'CloseWatcher'],
      [window, 'trustedTypes'],
      [window, 'TrustedHTML'],
      [window, 'TrustedScriptURL'],
      [window, 'TrustedTypePolicy'],
      [window, 'TrustedTypePolicyFactory'],
      [Navigator.prototype, 'canShare'],
      [Navigator.prototype, 'share'],
    ],
  }[engine];
  if (!gone) throw new Error(`old-engine.js: unknown data-engine "${engine}"`);
  for (const [owner, name] of gone) remove(owner, name);
  // What is left, for the test to check that the stand-in is faithful.
  window.oldEngine = { engine, removed: gone.map(([, name]) => name) };
})();
