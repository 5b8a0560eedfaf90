// issue 10.3: the message codes moved out of src/cli/commands/ by a script were named `cli-<command>-error-N`;
// each now says what it means, and the old → new list is in CHANGELOG.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages.js';
import { vsr } from '../report/helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('message codes with names', () => {
  it('issue 10.3: no catalogue code is a numbered or generic cli-<command>-error/-reason', () => {
    const generic = Object.keys(messages).filter((c) => /^cli-[a-z-]+-(error|reason)(-\d+)?$/.test(c) && c !== 'cli-main-internal-error');
    expect(generic).toEqual([]);
  });

  it('issue 10.3: CHANGELOG.md lists every renamed code, old → new, and each new code is in the catalogue', () => {
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    const rows = [...changelog.matchAll(/^\| `(cli-[a-z0-9-]+)` \| `([a-z0-9-]+)` \|$/gm)].map((m) => [m[1], m[2]]);
    // a code whose message is no longer given is listed as removed, with why
    const removed = [...changelog.matchAll(/^\| `(cli-[a-z0-9-]+)` \| \(removed: [^)]+\) \|$/gm)].map((m) => m[1]);
    expect(removed).toEqual(['cli-batch-error-6']); // --fail-below and --fail-on-veto work with --out - (issue 13.3)
    expect(rows.length + removed.length).toBe(52);
    for (const old of removed) expect(messages, old).not.toHaveProperty(old);
    for (const [old, now] of rows) {
      expect(messages, old).not.toHaveProperty(old);
      expect(messages, now).toHaveProperty(now);
    }
  });

  it('issue 10.3: a usage error prints the renamed message', async () => {
    const r = await vsr(['rectify', 'examples/inspections/four-star-town.yaml', '--on', '2026-13-45', '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid --on date: 2026-13-45 (YYYY-MM-DD)');
    expect(r.stderr).not.toContain('cli-rectify-error');
  });
});
