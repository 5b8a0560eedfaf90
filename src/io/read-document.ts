/**
 * Inspection files as YAML or JSON: parsed with line and column positions (src/standard/document.ts),
 * so every problem found later names the file, line and column.
 */
import type { Problem } from '../i18n/problem.js';
import type { Compiled } from '../standard/compiled.js';
import { readSource } from '../standard/document.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * An opened inspection file. A YAML/JSON document is data already; a table (CSV, XLSX form) becomes
 * data only with the compiled standard, which says how to read each answer cell.
 */
export interface InspectionSource {
  file: string;
  format: 'document' | 'table';
  /** The standard or scheme the file names, if any. */
  ref: { standard?: string; scheme?: string };
  /** The parsed document (null for a table). */
  data: unknown;
  /** The inspection data, with any problems met while reading the answers. */
  build(compiled: Compiled | null): { data: unknown; problems: Problem[]; warnings?: Problem[] };
  /** Line and column (for a table: row and column) of a JSON pointer. */
  locate(pointer: string): Position | undefined;
}

function stringField(data: unknown, key: string): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const v = (data as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

/** Opens a YAML or JSON inspection (or a stored evaluation: the caller looks at `data.schema`). */
export async function readDocumentSource(file: string): Promise<{ source?: InspectionSource; problems: Problem[] }> {
  const { doc, problems } = await readSource(file);
  if (!doc) return { problems };
  const data = doc.data;
  return {
    source: {
      file,
      format: 'document',
      ref: { standard: stringField(data, 'standard'), scheme: stringField(data, 'scheme') },
      data,
      build: () => ({ data, problems: [] }),
      locate: (p) => doc.locate(p),
    },
    problems: [],
  };
}
