/**
 * A compiled standard as a batch worker receives it (issue 13.1): plain data, by structured clone,
 * without its check-type modules (code cannot be cloned), which the worker looks up again by each
 * check's `type`. The worker imports this module and not the loader (standards.ts), so it never loads
 * the YAML parser, the shipped standards' texts or the standard schema.
 */
import type { Compiled, CompiledItem } from '../standard/compiled.js';
import type { Problem } from '../i18n/problem.js';
import { checkTypeOf } from '../checks/registry.js';

/** A compiled standard or scheme as plain data: what a worker receives. */
export type CompiledData = Omit<Compiled, 'items'> & { items: Omit<CompiledItem, 'checkType'>[] };

/** The compiled standard without its functions, ready for `postMessage`. */
export function compiledData(compiled: Compiled): CompiledData {
  return { ...compiled, items: compiled.items.map(({ checkType: _checkType, ...item }) => item) };
}

/** The compiled standard again, with each item's check-type module. */
export function compiledFromData(data: CompiledData): Compiled {
  return { ...data, items: data.items.map((item) => ({ ...item, checkType: checkTypeOf(item.check) })) };
}

/** A request for a standard or scheme: the reference, what it must be, where it was named. */
export interface StandardRequest {
  ref: string;
  kind?: 'scheme' | 'standard';
  /** The field of a record that named it ('' for the batch's own `--scheme`/`--standard`). */
  pointer: string;
  /** Whether a record named it (records may name shipped standards only). */
  fromRecord: boolean;
}

/** What a request gives: the compiled standard as data, or the problem of every record naming it. */
export type LoadedData = { compiled: CompiledData } | { problem: Problem };

/** The key a standard is cached under, in the main thread and in each worker. */
export function requestKey(r: Pick<StandardRequest, 'ref' | 'kind'>): string {
  return `${r.kind ?? ''}:${r.ref}`;
}
