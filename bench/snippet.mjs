// The builder's snippet functions (src/builder/snippet.ts) for Node scripts: bundled with esbuild
// on the fly, so that the bench measures the reserved space the builder writes.
import { build } from 'esbuild';

const { outputFiles } = await build({
  entryPoints: [new URL('../src/builder/snippet.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
export const { reserveStyle, everyReserveRule, frameHeight } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);
