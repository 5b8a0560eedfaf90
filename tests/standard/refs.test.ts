// How a shipped reference (`id`, `id@version`) picks a file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listShipped, resolveShipped } from '../../src/standard/refs.js';

/** A shipped catalogue (`id/<version>.yaml`) holding each version. */
function shipped(versions: Record<string, string[]>): string[] {
  return Object.entries(versions).flatMap(([id, list]) => list.map((v) => `${id}/${v}.yaml`));
}
const resolveRef = (ref: string, _cwd: string, files: string[]) => resolveShipped(ref, files)?.file ?? null;

describe('shipped references', () => {
  it('issue 8.10: versions are ordered by semver (rc.2 before rc.10, pre-releases before their release)', () => {
    const dir = shipped({ std: ['2.0.0-rc.10', '1.0.0', '2.0.0-rc.2', '10.0.0-rc.1', '2.0.0-rc.1', '1.10.0', '1.2.0'] });
    expect(listShipped(dir).map((s) => s.version)).toEqual(['1.0.0', '1.2.0', '1.10.0', '2.0.0-rc.1', '2.0.0-rc.2', '2.0.0-rc.10', '10.0.0-rc.1']);
  });

  it('issue 8.10: an unversioned ref means the latest release, not a pre-release', () => {
    const dir = shipped({ std: ['1.0.0', '1.1.0', '2.0.0-rc.1', '2.0.0-rc.10', '2.0.0-rc.2'] });
    expect(path.basename(resolveRef('std', process.cwd(), dir)!)).toBe('1.1.0.yaml');
    expect(path.basename(resolveRef('std@2.0.0-rc.2', process.cwd(), dir)!)).toBe('2.0.0-rc.2.yaml');
    expect(resolveRef('std@3.0.0', process.cwd(), dir)).toBeNull();
  });

  it('issue 8.10: an id with pre-releases only resolves to its latest pre-release', () => {
    const dir = shipped({ draft: ['0.1.0-rc.2', '0.1.0-rc.10', '0.1.0-rc.9'] });
    expect(path.basename(resolveRef('draft', process.cwd(), dir)!)).toBe('0.1.0-rc.10.yaml');
  });
});
