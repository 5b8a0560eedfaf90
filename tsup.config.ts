import { defineConfig, type Options } from 'tsup';

/**
 * `node:` kept so a browser bundler can tell the node modules apart (issue 10.5). Text written as
 * UTF-8, not escaped to `\uXXXX`: the Chinese of the shipped standards and the message catalogue
 * takes 3 bytes a character instead of 6.
 */
const common: Options = {
  sourcemap: true,
  target: 'node20',
  shims: true,
  removeNodeProtocol: false,
  // tsup leaves `dependencies` out of the bundle, not `optionalDependencies` (loaded on first use: src/optional-dependency.ts)
  external: ['exceljs'],
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};
const library = { index: 'src/index.ts', core: 'src/core.ts', sheets: 'src/sheets.ts' };

// The code of every entry is built once per format, split into chunks the entries share (the engine and
// the shipped standards are in dist/ once per format, not once per entry: issue 10.5). The CLI's `#!`
// line comes from src/cli/main.ts itself, so only dist/cli.js carries it.
export default defineConfig([
  { ...common, entry: { ...library, cli: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts' }, format: ['esm'], splitting: true, clean: true },
  // tsup's CommonJS code splitting (esbuild splits as ESM, tsup turns the chunks into CommonJS)
  { ...common, entry: library, format: ['cjs'], splitting: true },
  // the declarations: each library entry on its own, so each is one self-contained file
  ...Object.entries(library).map(([name, file]): Options => ({ entry: { [name]: file }, format: ['esm', 'cjs'], dts: { only: true } })),
]);
