/**
 * Written by the build (rollup.config.mjs) once the element files exist: what the loader may
 * load, each file by its name (`elements/share-bar`, also its module's name), pinned by the sha384
 * hash of its bytes. Its address is its name and the start of that hash (`addressOf`).
 */
declare module 'coalition-embed:manifest' {
  /** The key of this version's module registry on `globalThis` (rollup's AMD `define`). */
  export const DEFINE: string;
  /** Each tag, in the order they are defined (src/elements.ts's, the share bar last: see rollup.config.mjs); its file is `elements/TAG`. */
  export const TAGS: string[];
  /** The file holding every element's file and all they need, for a page that shows every element. */
  export const TOGETHER: string;
  /** The file holding the code that reads a campaign file, a rare part most elements need on a page that names one. */
  export const CAMPAIGN: string;
  /** Each file beside the loader (each language's words, a rare part, as `chunks/words-LANG`): its integrity hash and every file it needs, loaded with it. */
  export const FILES: Record<string, [integrity: string, needs: string[]]>;
}
