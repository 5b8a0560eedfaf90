import type { Section, Standard, StationLevel } from '../types/standard.js';
import type { RatingScheme } from '../types/rating-scheme.js';
import { problem, toHundredths, VsrError, type Problem } from '../i18n/problem.js';
import { checkTypeOf } from '../checks/registry.js';
import type { Compiled, CompiledComponent, CompiledItem, CompiledLevel, CompiledSection } from './compiled.js';
import { loadedInfo } from './loaded.js';
import { overlayPointer, resolveOverlay, resolveSchemeOverlay, type ResolvedScheme } from './resolve.js';
import { checkScheme, checkStandard } from './semantic.js';
import { contentHash } from './hash.js';
import { validateAgainstSchema } from './schema-validate.js';

export interface CompileOptions {
  /**
   * Supplies a standard (or, for a scheme overlay's `extends`, a rating scheme) by reference when the
   * source was not loaded with `loadStandard`/`loadRatingScheme`.
   */
  resolve?: (ref: string) => Standard | RatingScheme | undefined;
}

const PASS_LEVEL_LABEL = { 'zh-CN': '达标', en: 'Met' };

function isScheme(source: Standard | RatingScheme): source is RatingScheme {
  return source.schema === 'vsr/rating-scheme@1';
}

/** Applies overlays (recursively) and checks the result; throws VsrError with every problem. */
export function resolveStandard(std: Standard, options: CompileOptions = {}, seen: string[] = []): Standard {
  // A standard built in code (not read by the loader) has not met its schema yet.
  if (loadedInfo(std).file === undefined) {
    const shape = validateAgainstSchema('standard', std);
    if (shape.length) throw new VsrError(shape);
  }
  if (!std.extends) {
    const problems = checkStandard(std);
    if (problems.length) throw new VsrError(problems.map((p) => ({ ...p, file: loadedInfo(std).file })));
    return std;
  }
  const key = `${std.id}@${std.version}`;
  if (seen.includes(key)) throw new VsrError([problem('extends-cycle', '/extends', { chain: [...seen, key].join(' → ') })]);
  const base = loadedInfo(std).base ?? options.resolve?.(std.extends);
  if (!base) throw new VsrError([problem('unknown-ref', '/extends', { ref: std.extends, known: '—' }, { file: loadedInfo(std).file })]);
  if (isScheme(base)) throw new VsrError([problem('wrong-kind', '/extends', { ref: std.extends, actual: 'scheme', expected: 'standard' }, { file: loadedInfo(std).file })]);
  const resolvedBase = resolveStandard(base, options, [...seen, key]);
  const { standard, problems } = resolveOverlay(std, resolvedBase);
  problems.push(...checkStandard(standard).map((p) => ({ ...p, pointer: overlayPointer(std, standard, p.pointer) })));
  if (problems.length) throw new VsrError(problems.map((p) => ({ ...p, file: loadedInfo(std).file })));
  return standard;
}

/** A component standard by reference: loaded with the scheme, else from `options.resolve`; resolved. */
function componentStandard(loaded: Standard | undefined, ref: string, pointer: string, options: CompileOptions): Standard {
  const std = loaded ?? options.resolve?.(ref);
  if (!std) throw new VsrError([problem('unknown-ref', pointer, { ref, known: '—' })]);
  if (isScheme(std)) throw new VsrError([problem('wrong-kind', pointer, { ref, actual: 'scheme', expected: 'standard' })]);
  return resolveStandard(std, options);
}

/**
 * A rating scheme with its overlays applied (recursively, as {@link resolveStandard} does for a
 * standard) and its component standards resolved, checked against them. Throws VsrError with every
 * problem, placed in the overlay file where the overlay caused it.
 */
export function resolveScheme(scheme: RatingScheme, options: CompileOptions = {}, seen: string[] = []): { scheme: ResolvedScheme; components: Standard[] } {
  const info = loadedInfo(scheme);
  // A scheme built in code (not read by the loader) has not met its schema yet.
  if (info.file === undefined) {
    const shape = validateAgainstSchema('rating-scheme', scheme);
    if (shape.length) throw new VsrError(shape);
  }
  const fail = (problems: Problem[]) => new VsrError(problems.map((p) => ({ ...p, file: p.file ?? info.file })));
  if (!scheme.extends) {
    // the schema requires components and levels of a scheme without extends
    const full = scheme as ResolvedScheme;
    const components = full.components.map((c, i) => componentStandard(info.components?.[i], c.standard, `/components/${i}/standard`, options));
    const problems = checkScheme(full, components);
    if (problems.length) throw fail(problems);
    return { scheme: full, components };
  }
  const key = `${scheme.id}@${scheme.version}`;
  if (seen.includes(key)) throw fail([problem('extends-cycle', '/extends', { chain: [...seen, key, scheme.extends].join(' → ') })]);
  const base = info.base ?? options.resolve?.(scheme.extends);
  if (!base) throw fail([problem('unknown-ref', '/extends', { ref: scheme.extends, known: '—' })]);
  if (!isScheme(base)) throw fail([problem('wrong-kind', '/extends', { ref: scheme.extends, actual: 'standard', expected: 'scheme' })]);
  const resolvedBase = resolveScheme(base, options, [...seen, key]);
  const found = resolveSchemeOverlay(scheme, resolvedBase.scheme, resolvedBase.components, (ref) => {
    const std = info.refs?.get(ref) ?? options.resolve?.(ref);
    return std && !isScheme(std) ? resolveStandard(std, options) : undefined;
  });
  const problems = found.problems.length ? found.problems : checkScheme(found.scheme, found.components).map((p) => ({ ...p, pointer: found.place(p.pointer) }));
  if (problems.length) throw fail(problems);
  return { scheme: found.scheme, components: found.components };
}

function intersect(a: readonly StationLevel[] | null, b: readonly StationLevel[] | undefined): readonly StationLevel[] | null {
  if (!b) return a;
  if (!a) return b;
  return a.filter((l) => b.includes(l));
}

/**
 * Compiles a standard or a rating scheme for evaluation: resolves overlays and a scheme's components,
 * flattens sections and items, converts points to hundredths and hashes the resolved content.
 * Synchronous and free of I/O: what it refers to must have been loaded with `loadStandard` /
 * `loadRatingScheme`, or be supplied by `options.resolve`.
 */
export function compile(source: Standard | RatingScheme, options: CompileOptions = {}): Compiled {
  let scheme: ResolvedScheme | null = null;
  let standards: Standard[];
  let weights: number[];
  let years: ({ from?: number; to?: number } | null)[] = [null];
  if (isScheme(source)) {
    const resolved = resolveScheme(source, options);
    scheme = resolved.scheme;
    standards = resolved.components;
    weights = scheme.components.map((c) => c.weight);
    years = scheme.components.map((c) => c.years ?? null);
  } else {
    standards = [resolveStandard(source, options)];
    weights = [1];
  }

  const components: CompiledComponent[] = [];
  const sections: CompiledSection[] = [];
  const items: CompiledItem[] = [];
  standards.forEach((std, c) => {
    components.push({
      id: std.id,
      version: std.version,
      title: std.title,
      weight: weights[c],
      bonusCap: toHundredths(std.bonusCap ?? 0),
      passMark: std.passMark ?? null,
      missing: std.missing ?? 'zero',
      appliesTo: std.appliesTo ?? null,
      years: years[c] ?? null,
      hash: contentHash(std),
      standard: std,
    });
    const walk = (list: Section[], parent: number | null, chain: number[], applies: readonly StationLevel[] | null) => {
      for (const s of list) {
        const index = sections.length;
        sections.push({ id: s.id, index, component: c, title: s.title, parent, depth: chain.length });
        const path = [...chain, index];
        const sectionApplies = intersect(applies, s.appliesTo);
        for (const item of s.items ?? []) {
          items.push({
            id: item.id,
            index: items.length,
            component: c,
            sections: path,
            max: toHundredths(item.points),
            bonus: item.bonus === true,
            veto: item.veto?.message ?? null,
            appliesTo: intersect(sectionApplies, item.appliesTo),
            check: item.check,
            checkType: checkTypeOf(item.check),
            evidence: item.evidence ?? [],
            effort: item.effort ?? 'M',
            remediable: item.remediable !== false,
            title: item.title,
            definition: item,
          });
        }
        walk(s.sections ?? [], index, path, sectionApplies);
      }
    };
    walk(std.sections ?? [], null, [], std.appliesTo ?? null);
  });

  const levels: CompiledLevel[] = scheme
    ? scheme.levels.map((l) => ({ id: l.id, label: l.label, minPercent: l.minPercent, requires: l.requires ?? [] }))
    : standards[0].passMark !== undefined
      ? [{ id: 'pass', label: PASS_LEVEL_LABEL, minPercent: standards[0].passMark, requires: [{ noVeto: true }] }]
      : [];
  const resolved = scheme ?? standards[0];
  return {
    kind: scheme ? 'scheme' : 'standard',
    id: resolved.id,
    version: resolved.version,
    hash: scheme ? contentHash({ scheme, components: standards }) : components[0].hash,
    title: resolved.title,
    source: resolved,
    scheme,
    appliesTo: scheme ? (scheme.appliesTo ?? null) : (standards[0].appliesTo ?? null),
    components,
    sections,
    items,
    itemIndex: new Map(items.map((i) => [i.id, i.index])),
    sectionIndex: new Map(sections.map((s) => [s.id, s.index])),
    componentIndex: new Map(components.map((c, i) => [c.id, i])),
    levels,
  };
}
