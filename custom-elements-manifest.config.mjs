export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/builder/**'],
  litelement: true,
  outdir: '.',
};
