import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    shims: true,
    removeNodeProtocol: false, // keep `node:` so a browser bundler can tell the node modules apart (issue 10.5)
  },
  // the subpaths on their own, so each entry's declarations are one self-contained file
  {
    entry: { sheets: 'src/sheets.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    shims: true,
    removeNodeProtocol: false,
  },
  {
    entry: { core: 'src/core.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    shims: true,
    removeNodeProtocol: false, // keep `node:` so a browser bundler can tell the node modules apart (issue 10.5)
  },
  {
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
