// The elements' descriptions (src/elements.ts), evaluated for the build's scripts: bundled for
// Node by esbuild, in memory. The build, the WordPress plugin and the docs read the elements from
// here, never from a list of their own.
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);

/** Evaluates a TypeScript entry written as source (exports from src/…), bundled for Node. */
export async function evaluate(contents) {
  const result = await build({
    stdin: { contents, resolveDir: new URL('.', root).pathname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** `ELEMENTS` (each element's description) and `commonFields`. */
export const registry = () => evaluate(`export { ELEMENTS, commonFields } from './src/elements.ts';`);
