// Property: a failed veto always blocks the levels that require noVeto (or its standard met).
import fc from 'fast-check';
import { expect } from 'vitest';
import { inspectionArb } from './arbitraries.js';
import { RUNS, evaluated, forEachTarget } from './targets.js';

forEachTarget('a failed veto always blocks every level that requires noVeto, and standardMet on its standard', (compiled) => {
  fc.assert(
    fc.property(inspectionArb(compiled), (data) => {
      const e = evaluated(compiled, data);
      const vetoed = new Set(e.vetoes.map((v) => v.item));
      expect(e.items.filter((i) => i.reasons.some((r) => r.code === 'veto-failed')).map((i) => i.id)).toEqual([...vetoed]);
      if (vetoed.size === 0) return;
      const owner = new Map(compiled.items.map((i) => [i.id, compiled.components[i.component].id]));
      const vetoedStandards = new Set([...vetoed].map((id) => owner.get(id)));
      compiled.levels.forEach((level, k) => {
        const blocks = level.requires.some((c) =>
          (!c.appliesTo || c.appliesTo.includes(data.station.level)) && ('noVeto' in c || ('standardMet' in c && vetoedStandards.has(c.standardMet))),
        );
        if (!blocks) return;
        expect(e.rating.levels[k].met).toBe(false);
        expect(e.rating.level).not.toBe(level.id);
        // (a standard with nothing counted, e.g. all unanswered under exclude, is reported as not applying)
        expect(e.rating.levels[k].unmet.some((r) => ['level-veto', 'level-standard', 'level-standard-na'].includes(r.code))).toBe(true);
      });
    }),
    RUNS,
  );
});
