/** Reads a crosswalk file (YAML or JSON) and checks it against `vsr/crosswalk@1` and the versions it joins. */
import { problem, VsrError } from '../i18n/problem.js';
import { placeProblems, readSource, type SourceDocument } from '../standard/document.js';
import { validateAgainstSchema } from '../standard/schema-validate.js';
import type { Compiled } from '../standard/compiled.js';
import type { Crosswalk } from '../types/crosswalk.js';
import { crosswalkProblems } from './migrate.js';

export interface LoadedCrosswalk {
  crosswalk: Crosswalk;
  /** Where it came from, to place problems at their line. */
  source: SourceDocument;
}

/** Throws VsrError (file, line, column) when the file is not a valid crosswalk. */
export async function loadCrosswalk(file: string): Promise<LoadedCrosswalk> {
  const { doc, problems } = await readSource(file);
  if (!doc) throw new VsrError(problems);
  const schemaProblems = validateAgainstSchema('crosswalk', doc.data);
  if (schemaProblems.length) throw new VsrError(placeProblems(doc, schemaProblems));
  return { crosswalk: doc.data as Crosswalk, source: doc };
}

/** Checks that a crosswalk joins these two versions and names only their items. Throws VsrError. */
export function checkCrosswalk({ crosswalk, source }: LoadedCrosswalk, from: Compiled, to: Compiled): Crosswalk {
  const actual = `${from.id}@${from.version}`;
  const wanted = `${to.id}@${to.version}`;
  if (crosswalk.from !== actual || crosswalk.to !== wanted) {
    throw new VsrError(placeProblems(source, [problem('crosswalk-mismatch', '/from', { from: crosswalk.from, to: crosswalk.to, actual, wanted })]));
  }
  const found = crosswalkProblems(crosswalk, from, to).map((p) => problem(p.code, p.pointer, p.params));
  if (found.length) throw new VsrError(placeProblems(source, found));
  return crosswalk;
}
