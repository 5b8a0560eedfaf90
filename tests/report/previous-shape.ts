// The evaluation as the version before issue 10.2 wrote it: the optional fields 10.2 added, taken out.

/** The optional fields issue 10.2 added to vsr/evaluation@1, by where they sit. */
export const ADDED = {
  top: ['inspector', 'reconstructedSources'],
  standard: ['title'],
  scheme: ['title'],
  component: ['title'],
  section: ['depth', 'component'],
  item: ['note', 'section', 'component', 'veto', 'reconstructed', 'check', 'evidenceRequired'],
  level: ['label', 'minPercent'],
  condition: ['description'],
};

export type Json = Record<string, unknown>;
const drop = (o: Json | null | undefined, keys: string[]) => {
  if (o) for (const k of keys) delete o[k];
};

/** An evaluation as the previous version wrote it: the added fields taken out. */
export function previousShape(evaluation: Json): Json {
  const ev = structuredClone(evaluation);
  drop(ev, ADDED.top);
  drop(ev.standard as Json, ADDED.standard);
  drop(ev.scheme as Json | null, ADDED.scheme);
  for (const c of ((ev.score as Json).components as Json[] | undefined) ?? []) drop(c, ADDED.component);
  for (const s of ev.sections as Json[]) drop(s, ADDED.section);
  for (const i of ev.items as Json[]) drop(i, ADDED.item);
  for (const l of (ev.rating as Json).levels as Json[]) {
    drop(l, ADDED.level);
    for (const c of (l.conditions as Json[] | undefined) ?? []) drop(c, ADDED.condition);
  }
  return ev;
}

