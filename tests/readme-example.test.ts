import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The README's library example must run as written (against the source, through tsx).
describe('README example', () => {
  it('runs and prints the percent, level and gap', () => {
    const readme = readFileSync('README.md', 'utf8');
    const code = /```ts\n([\s\S]*?)```/.exec(readme)![1].replace("from 'veteran-station-rating'", "from '../src/index.ts'");
    mkdirSync('test-artifacts', { recursive: true });
    const file = path.resolve('test-artifacts/readme-example.mts');
    writeFileSync(file, code);
    const out = execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8' });
    expect(out.trim()).toBe("6.25 null [ 'con-sign-03', 'con-rules-01', 'con-sign-01' ]");
  });
});
