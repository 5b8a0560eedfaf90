import { defineConfig, type Options } from 'tsup';

/** A library entry: ESM and CJS with declarations; `node:` kept so a browser bundler can tell the node modules apart (issue 10.5). */
const library = (entry: Options['entry'], extra: Options = {}): Options => ({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'node20',
  shims: true,
  removeNodeProtocol: false,
  ...extra,
});

export default defineConfig([
  library({ index: 'src/index.ts' }, { clean: true }),
  // the subpaths on their own, so each entry's declarations are one self-contained file
  library({ sheets: 'src/sheets.ts' }),
  library({ core: 'src/core.ts' }),
  {
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
