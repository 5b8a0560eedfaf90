import path from 'node:path';
import { loadDocument } from '../../standard/load.js';
import { overlayChain } from '../../standard/loaded.js';
import { conditionKey } from '../../standard/resolve.js';
import type { Standard } from '../../types/standard.js';
import type { RatingScheme } from '../../types/rating-scheme.js';
import { argRoots } from '../../io/ref-roots.js';
import { compile } from '../../standard/compile.js';
import { localText, formatMessage } from '../../i18n/messages.js';
import { UsageError, type Command } from '../command.js';
import { orReport } from '../output.js';
import { terminalSafe } from '../../safe-text.js';

/** What an overlay file changes, in its own vocabulary: `overlay.select` …, or a scheme's levels, conditions and components by key. */
function overlayChanges(doc: Standard | RatingScheme): string {
  const out: string[] = [];
  if (doc.schema === 'vsr/rating-scheme@1') {
    const o = doc.overlay ?? {};
    const fields = (x: object, skip: string) => Object.keys(x).filter((k) => k !== skip);
    for (const c of o.components ?? []) out.push(`components[${c.id}] ${fields(c, 'id').join(', ')}`);
    for (const l of o.levels ?? []) {
      const parts = [...fields(l, 'id').filter((k) => k !== 'requires' && k !== 'add'), ...(l.requires ?? []).map((c) => `requires[${conditionKey(c)}]`), ...(l.add ?? []).map((c) => `add[${conditionKey(c)}]`)];
      out.push(`levels[${l.id}] ${parts.join(', ')}`);
    }
  } else {
    const o = doc.overlay ?? {};
    if (o.select) out.push(`select ${o.select.length}`);
    if (o.drop) out.push(`drop ${o.drop.length}`);
    if (o.reweight) out.push(`reweight ${Object.keys(o.reweight).length}`);
    if (o.add) out.push(`add ${o.add.reduce((n, g) => n + g.items.length, 0)}`);
  }
  // top-level fields the overlay states besides its identity replace the base's
  const own = Object.keys(doc).filter((k) => !['schema', 'id', 'version', 'title', 'extends', 'overlay', 'example'].includes(k));
  if (own.length) out.push(own.join(', '));
  return out.join('; ') || '—';
}

/** `vsr lint FILE…`: checks standard and scheme files. */
export const lintCommand: Command = {
  name: 'lint',
  summary: localText('cli-lint-summary'),
  usage: 'FILE…',
  help: {},
  example: 'vsr lint standards/fengqiao/1.0.0.yaml',
  options: {},
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError(localText('cli-lint-error'));
    let bad = 0;
    for (const file of ctx.positionals) {
      const loaded = await orReport(ctx, () => loadDocument(file, ctx.cwd, { roots: argRoots(ctx.cwd, file) }));
      if (!loaded) {
        bad++;
        continue;
      }
      const compiled = compile(loaded.doc);
      const points = (c: number) => compiled.items.filter((it) => it.component === c && !it.bonus).reduce((a, it) => a + it.max, 0) / 100;
      const L = ctx.locale;
      const detail = compiled.kind === 'standard'
        ? formatMessage('cli-lint-points', { points: points(0) }, L)
        : compiled.components.map((c, i) => formatMessage('cli-lint-component', { id: c.id, points: points(i), weight: c.weight }, L)).join(formatMessage('cli-lint-separator', undefined, L));
      ctx.stdout.write(terminalSafe(`${formatMessage('cli-lint-ok', { file, ref: `${compiled.id}@${compiled.version}`, items: compiled.items.length, detail }, L)}\n`));
      // an overlay: what it extends (down to the file that extends nothing) and what it changes
      if (loaded.doc.extends) {
        const chain = overlayChain(loaded.doc).slice(1).map((x) => (x.file ? `${x.ref} (${path.isAbsolute(x.file) ? path.relative(ctx.cwd, x.file) : x.file})` : x.ref)).join(' → ');
        ctx.stdout.write(terminalSafe(`  ${formatMessage('lint-overlay', { chain, changes: overlayChanges(loaded.doc) }, L)}\n`));
      }
      // items an import left for a person (`todo`): notes, not errors
      const todo = (what: 'check' | 'translate') => compiled.items.filter((it) => it.definition.todo?.includes(what)).map((it) => it.id);
      const needCheck = todo('check');
      const needTranslation = todo('translate');
      if (needCheck.length) ctx.stdout.write(terminalSafe(`  ${formatMessage('lint-todo', { count: needCheck.length, ids: needCheck.join(', ') }, ctx.locale)}\n`));
      if (needTranslation.length) ctx.stdout.write(`  ${formatMessage('lint-translate', { count: needTranslation.length }, ctx.locale)}\n`);
    }
    return bad ? 1 : 0;
  },
};
