// Generates src/types/*.ts from schemas/*.schema.json with json-schema-to-typescript.
// `node scripts/gen-types.mjs --check` exits 1 when the committed types are stale.
import { compile } from 'json-schema-to-typescript';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const names = ['standard', 'rating-scheme', 'inspection', 'evaluation'];
const check = process.argv.includes('--check');

export async function generate() {
  const out = {};
  for (const name of names) {
    const file = path.join(root, 'schemas', `${name}.schema.json`);
    const schema = JSON.parse(await readFile(file, 'utf8'));
    const ts = await compile(schema, schema.title, {
      cwd: path.join(root, 'schemas'),
      bannerComment: `/* Generated from schemas/${name}.schema.json by scripts/gen-types.mjs (npm run gen). Do not edit by hand. */`,
      additionalProperties: false,
      declareExternallyReferenced: true,
      unreachableDefinitions: true,
      style: { singleQuote: true },
      $refOptions: {
        resolve: {
          vsr: {
            order: 1,
            canRead: (f) => f.url.startsWith('https://veteran-station-rating.org/schemas/'),
            read: (f) => readFile(path.join(root, 'schemas', f.url.split('/').pop()), 'utf8'),
          },
        },
      },
    });
    out[name] = ts;
  }
  return out;
}

const generated = await generate();
let stale = false;
for (const [name, ts] of Object.entries(generated)) {
  const target = path.join(root, 'src', 'types', `${name}.ts`);
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== ts) { stale = true; console.error(`stale: src/types/${name}.ts (run npm run gen)`); }
  } else {
    await writeFile(target, ts);
  }
}
if (check && stale) process.exit(1);
