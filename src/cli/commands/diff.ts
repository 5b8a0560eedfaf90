import { localText } from '../../i18n/messages.js';
import path from 'node:path';
import { loadDocument } from '../../standard/load.js';
import { argRoots } from '../../io/ref-roots.js';
import { compile } from '../../standard/compile.js';
import { diffStandards } from '../../standard/diff.js';
import type { Compiled } from '../../standard/compiled.js';
import { standardDiffs } from '../../report/registry.js';
import { formatsOf } from '../../report/renderer.js';
import { chosenRenderer, formatHelp, forTerminal } from '../formats.js';
import { checkCrosswalk, loadCrosswalk } from '../../crosswalk/load.js';
import { oneToOne } from '../../crosswalk/migrate.js';
import { UsageError, type Command } from '../command.js';
import { orReport } from '../output.js';

/** `vsr diff REF REF`: what changed between two standards, versions or schemes. */
export const diffCommand: Command = {
  name: 'diff',
  summary: localText('cli-diff-summary'),
  get usage() {
    return `REF REF [--format ${formatsOf(standardDiffs).join('|')}] [--crosswalk FILE]`;
  },
  get help() {
    return {
      format: formatHelp(standardDiffs),
      crosswalk: localText('cli-diff-crosswalk'),
    };
  },
  example: 'vsr diff construction@1.0.0 county-overlay.yaml',
  options: { format: { type: 'string', default: standardDiffs.default }, crosswalk: { type: 'string' } },
  async run(ctx) {
    const renderer = chosenRenderer(standardDiffs, ctx.values.format);
    if (ctx.positionals.length !== 2) throw new UsageError(localText('diff-two-refs-needed'));
    const loaded: Compiled[] = [];
    for (const ref of ctx.positionals) {
      const doc = await orReport(ctx, () => loadDocument(ref, ctx.cwd, { roots: argRoots(ctx.cwd, ref) }));
      if (!doc) return 1;
      loaded.push(compile(doc.doc));
    }
    let renames: Map<string, string> | undefined;
    if (ctx.values.crosswalk) {
      const file = path.resolve(ctx.cwd, ctx.values.crosswalk as string);
      const crosswalk = await orReport(ctx, async () => checkCrosswalk(await loadCrosswalk(file), loaded[0], loaded[1]));
      if (!crosswalk) return 1;
      renames = oneToOne(crosswalk);
    }
    const diff = diffStandards(loaded[0], loaded[1], renames);
    ctx.stdout.write(forTerminal(renderer, await renderer.render(diff, { locale: ctx.locale })));
    return 0;
  },
};
