// Fault tests of `vsr batch` (issue 9): a full disk, an output folder that cannot be written, and a
// kill at a random point followed by --resume. They run the built CLI (dist/cli.js) as a child
// process, as an operator would, so `npm run build` first.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compile } from '../../src/standard/compile.js';
import { loadDocument } from '../../src/standard/load.js';
import { writeInspections } from '../../src/batch/generate.js';
import { MINI, ROOT, mini, scratch, vsr, writeLines } from './helpers.js';

const dir = scratch('faults');
const CLI = path.join(ROOT, 'dist/cli.js');
const hasDevFull = existsSync('/dev/full');
const STACK = /\bat .*\.(ts|js|mjs|cjs):\d+/;
/** Two good records and a bad one (so the error file has something to write). */
const input = writeLines(path.join(dir, 'small.ndjson'), [
  mini('A', 'town', undefined, { 'm-org-1': true }),
  '{oops',
  mini('B', 'village', undefined, { 'm-org-1': false }),
]);

function run(args: string[], cwd = dir) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
}

describe('vsr batch on a full disk (issue 9.2)', () => {
  it.skipIf(!hasDevFull)('issue 9.2: --out /dev/full exits 1 with "cannot write /dev/full: no space left", never 0, no stack trace', () => {
    for (let i = 0; i < 3; i++) {
      const r = run(['batch', input, '--out', '/dev/full', '--errors', path.join(dir, `full-${i}.errors.ndjson`), '--standard', MINI, '--workers', '1', '--locale', 'en']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('cannot write /dev/full: no space left on the disk (ENOSPC)');
      expect(r.stderr).toContain('无法写入 /dev/full：磁盘空间不足（ENOSPC）');
      expect(r.stdout).not.toContain('records');
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it.skipIf(!hasDevFull)('issue 9.3: --errors on a full disk exits 1 with "cannot write", no unhandled stream error; --out is not put in place', () => {
    const out = path.join(dir, 'errors-full.ndjson');
    const r = run(['batch', input, '--out', out, '--errors', '/dev/full', '--standard', MINI, '--workers', '1', '--locale', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot write /dev/full: no space left on the disk (ENOSPC)');
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!hasDevFull)('issue 9.2: `vsr score --out /dev/full` exits 1 with "cannot write", not "Internal error" and 3', () => {
    const r = run(['score', path.join(ROOT, 'examples/inspections/four-star-town.yaml'), '--out', '/dev/full', '--locale', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot write /dev/full: no space left on the disk (ENOSPC)');
    expect(r.stderr).not.toContain('Internal error');
  });

  it.skipIf(!hasDevFull)('issue 9.2: --summary on a full disk exits 1 and leaves no output under its final name', async () => {
    const out = path.join(dir, 'summary-full.ndjson');
    // a summary path whose extension is checked, written through a symlink to the full device
    const link = path.join(dir, 'full-summary.json');
    symlinkSync('/dev/full', link);
    const r = await vsr(['batch', input, '--out', out, '--summary', link, '--standard', MINI, '--workers', '1', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write ${link}: no space left on the disk (ENOSPC)`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('vsr batch into a folder it cannot write (issue 9.3)', () => {
  // As root, chmod does not stop writes: the run then goes as the user `nobody` (through runuser),
  // and is skipped, for that reason only, where neither is possible (root without runuser, Windows).
  const root = process.getuid?.() === 0;
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((f) => existsSync(f));
  const canTest = process.platform !== 'win32' && (!root || !!runuser);

  it.skipIf(!canTest)('issue 9.3: a read-only output folder exits 1 with "cannot write …: permission denied"', () => {
    // a folder every user can read (the scratch folder is private to this user)
    const shared = mkdtempSync(path.join(tmpdir(), 'vsr-ro-'));
    chmodSync(shared, 0o755);
    const file = path.join(shared, 'in.ndjson');
    writeFileSync(file, readFileSync(input), { mode: 0o644 });
    const ro = path.join(shared, 'read-only');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    try {
      const cli = [CLI, 'batch', file, '--out', path.join(ro, 'o.ndjson'), '--standard', MINI, '--workers', '1', '--locale', 'en'];
      const r = root
        ? spawnSync(runuser!, ['-u', 'nobody', '--', process.execPath, ...cli], { cwd: shared, encoding: 'utf8' })
        : spawnSync(process.execPath, cli, { cwd: shared, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toContain(`cannot write ${path.join(ro, 'o.ndjson')}: permission denied (EACCES)`);
      expect(r.stderr).toContain('没有写入权限（EACCES）');
      expect(r.stderr).not.toMatch(STACK);
      expect(readdirSync(ro)).toEqual([]);
    } finally {
      chmodSync(ro, 0o755);
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it('issue 9.3: an output folder that cannot be made (a path under a file) exits 1 with "cannot write", no stack trace', () => {
    const file = path.join(dir, 'plain-file');
    writeFileSync(file, 'not a folder\n');
    const out = path.join(file, 'sub', 'o.ndjson');
    const r = run(['batch', input, '--out', out, '--standard', MINI, '--workers', '1', '--locale', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`cannot write ${out}: part of the path is a file, not a folder (ENOTDIR)`);
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
  });
});

describe('vsr batch killed at a random point, then --resume (issue 9.4)', () => {
  it('issue 9.4: SIGKILL at random points and --resume give the outputs and summary of an uninterrupted run, byte for byte', async () => {
    const big = path.join(dir, 'generated.ndjson');
    await writeInspections(compile((await loadDocument('star-rating')).doc), big, { count: 500, seed: 7, badRate: 0.03 });
    const args = (name: string) => ['batch', big, '--out', path.join(dir, `${name}.ndjson`), '--summary', path.join(dir, `${name}.json`), '--workers', '2', '--locale', 'en'];

    const reference = run(args('reference'));
    expect(reference.status).toBe(1); // the spoiled records
    const refOut = readFileSync(path.join(dir, 'reference.ndjson'));
    const refErrors = readFileSync(path.join(dir, 'reference.errors.ndjson'));
    const refSummary = readFileSync(path.join(dir, 'reference.json'));
    expect(refErrors.length).toBeGreaterThan(0);

    const partial = path.join(dir, 'killed.ndjson.partial');
    const sizeOf = (f: string) => (existsSync(f) ? statSync(f).size : 0);
    const points: number[] = [];
    let resumed = 0;
    for (let round = 0; round < 6; round++) {
      // kill once the partial output has grown to a random point between where it starts and the end
      const from = sizeOf(partial);
      const point = Math.floor(from + Math.random() * (refOut.length - from));
      const child = spawn(process.execPath, [CLI, ...args('killed'), ...(round > 0 ? ['--resume'] : [])], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      let killed = false;
      while (child.exitCode === null && !killed) {
        await new Promise((r) => setTimeout(r, 20));
        if (sizeOf(partial) >= point) killed = child.kill('SIGKILL');
      }
      const code = await exited;
      if (/Resuming the interrupted run: [1-9]/.test(stderr)) resumed++;
      if (!killed) {
        expect(code).toBe(1);
        break;
      }
      points.push(point);
      // killed: nothing is under the final names, the partial file says how far it got
      expect(existsSync(path.join(dir, 'killed.ndjson'))).toBe(false);
      expect(existsSync(path.join(dir, 'killed.json'))).toBe(false);
    }
    if (!existsSync(path.join(dir, 'killed.ndjson'))) {
      const last = run([...args('killed'), '--resume']);
      expect(last.status, last.stderr).toBe(1);
      if (/Resuming the interrupted run: [1-9]/.test(last.stderr)) resumed++;
    }
    expect(points.length, `killed at ${points.join(', ')} bytes`).toBeGreaterThan(0);
    expect(resumed, `killed at ${points.join(', ')} bytes`).toBeGreaterThan(0);

    const out = readFileSync(path.join(dir, 'killed.ndjson'));
    // no record lost or duplicated …
    const ids = (b: Buffer) => b.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l).station.id as string);
    expect(ids(out)).toEqual(ids(refOut));
    expect(new Set(ids(out)).size).toBe(ids(out).length);
    // … and every byte as in the uninterrupted run: evaluations, errors and summary
    expect(out.equals(refOut)).toBe(true);
    expect(readFileSync(path.join(dir, 'killed.errors.ndjson')).equals(refErrors)).toBe(true);
    expect(readFileSync(path.join(dir, 'killed.json')).equals(refSummary)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('killed.'))).toEqual(expect.arrayContaining(['killed.ndjson', 'killed.errors.ndjson', 'killed.json']));
    expect(readdirSync(dir).filter((f) => f.startsWith('killed.') && /partial|resume/.test(f))).toEqual([]);
  }, 300_000);

  it('issue 9.4: --resume refuses an input changed since the interrupted run, and options that differ', async () => {
    const file = writeLines(path.join(dir, 'changing.ndjson'), [mini('A', 'town', undefined, { 'm-org-1': true })]);
    const out = path.join(dir, 'changing.out.ndjson');
    // an interrupted run's leftovers: its partial outputs and checkpoint
    writeFileSync(`${out}.partial`, '');
    writeFileSync(path.join(dir, 'changing.out.errors.ndjson.partial'), '');
    const info = statSync(file);
    const checkpoint = {
      schema: 'vsr/batch-resume@1',
      input: { path: realpathSync(file), size: info.size + 1, mtimeMs: info.mtimeMs },
      options: { ref: MINI, refKind: 'standard', summary: false, locale: 'en', errors: path.join(dir, 'changing.out.errors.ndjson') },
      position: { done: 0, line: 1 }, outBytes: 0, errorsBytes: 0, counts: { total: 0, good: 0, bad: 0, blank: 0 }, skipped: 0, summary: null,
    };
    writeFileSync(`${out}.resume.json`, JSON.stringify(checkpoint));
    const changed = await vsr(['batch', file, '--out', out, '--standard', MINI, '--workers', '1', '--resume', '--locale', 'en']);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain(`Cannot resume: the input ${file} has changed since the interrupted run`);

    writeFileSync(`${out}.resume.json`, JSON.stringify({ ...checkpoint, input: { ...checkpoint.input, size: info.size } }));
    const other = await vsr(['batch', file, '--out', out, '--standard', MINI, '--workers', '1', '--resume', '--locale', 'zh-CN']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('Cannot resume: the interrupted run used another --locale (en, now zh-CN)');

    // the same options resume (from the start here), and the run completes
    const same = await vsr(['batch', file, '--out', out, '--standard', MINI, '--workers', '1', '--resume', '--locale', 'en']);
    expect(same.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toContain('"id":"A"');
    expect(existsSync(`${out}.resume.json`)).toBe(false);
  });
});
