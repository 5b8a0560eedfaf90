// Baseline (d) of the benchmark: the same item checks, with the same points, written as
// json-rules-engine rules, as faithfully as that library allows.
//
// node bench/rules-engine.mjs REF FILE LIMIT OUT
//   scores the first LIMIT inspections of FILE (NDJSON) and writes {"station","percent","level"} lines.
//
// Each item is one or more rules whose conditions are the check (equal / greaterThanInclusive /
// contains …, read from the facts with JSONPath, the library's default), gated by applicability,
// waivers and evidence (a dynamic fact with params). Events carry the points; where the points are
// arithmetic on the answer (threshold ramp, count, deduction, proportional checklist) the event's
// params carry the answer (replaceFactsInEventParams) and the handler does the arithmetic. Sums,
// bonus caps, vetoes and the composite percent are plain JS after the run, as the library has no
// aggregation; levels are a second engine with one rule per level. There is no validation and no
// gap plan: (d) does less than `vsr batch`.
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { Engine } from 'json-rules-engine';
import { compile, loadRatingScheme, loadStandard } from '../dist/index.js';

const [ref, file, limitArg, out] = process.argv.slice(2);
const limit = Number(limitArg);
let source;
try {
  source = await loadRatingScheme(ref, { roots: [process.cwd()] });
} catch {
  source = await loadStandard(ref, { roots: [process.cwd()] });
}
const compiled = compile(source);

const h = (points) => Math.round(points * 100);
/** got / max as a percent with two decimals, rounded half up exactly (as vsr rounds). */
const percentOfRatio = (num, den) => Number(((num * 20000n) / den + 1n) / 2n) / 100;
/** got / max as a percent truncated to hundredths: `at least N %` (N with two decimals at most) holds exactly when this is ≥ N. */
const percentFloorOf = (num, den) => Number((num * 10000n) / den) / 100;
const floorOf = (points, max) => (max <= 0 ? 0 : percentFloorOf(BigInt(Math.min(points, max)), BigInt(max)));
const path = (id) => `$['${id}']`;
const answer = (id) => ({ fact: 'value', path: path(id) });
const dayNumber = (date) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000 : Number.NaN;
};

/** A scheme's component used in some years only (`components[].years`): its items do not apply in the others. */
function yearGate(item) {
  const years = compiled.components[item.component].years;
  return [
    ...(years?.from !== undefined ? [{ fact: 'year', operator: 'lessThan', value: years.from }] : []),
    ...(years?.to !== undefined ? [{ fact: 'year', operator: 'greaterThan', value: years.to }] : []),
  ];
}

/** The rules of one item: each fires an event that earns points (or records exclusion). */
function itemRules(item) {
  const { id, check, max } = item;
  const gate = [];
  if (item.appliesTo) gate.push({ fact: 'level', operator: 'in', value: [...item.appliesTo] });
  for (const c of yearGate(item)) gate.push({ ...c, operator: c.operator === 'lessThan' ? 'greaterThanInclusive' : 'lessThanInclusive' });
  gate.push({ fact: 'waived', path: path(id), operator: 'notEqual', value: true });
  if (item.evidence.length) gate.push({ fact: 'evidenceOk', params: { item: id }, operator: 'equal', value: true });
  const rule = (conditions, type, params) => ({ name: `${id}:${type}`, conditions: { all: [...gate, ...conditions] }, event: { type, params: { item: id, ...params } } });
  const rules = [
    { name: `${id}:na`, conditions: { any: [...(item.appliesTo ? [{ fact: 'level', operator: 'notIn', value: [...item.appliesTo] }] : []), ...yearGate(item), { fact: 'waived', path: path(id), operator: 'equal', value: true }] }, event: { type: 'excluded', params: { item: id } } },
  ];
  switch (check.type) {
    case 'boolean':
      rules.push(rule([{ ...answer(id), operator: 'equal', value: true }], 'earn', { points: max }));
      break;
    case 'grade':
      for (const g of check.grades) if (g.fraction > 0) rules.push(rule([{ ...answer(id), operator: 'equal', value: g.id }], 'earn', { points: Math.round(max * g.fraction) }));
      break;
    case 'threshold': {
      const atMost = check.direction === 'atMost';
      rules.push(rule([{ ...answer(id), operator: atMost ? 'lessThanInclusive' : 'greaterThanInclusive', value: check.target }], 'earn', { points: max }));
      if (check.partialFrom !== undefined) {
        rules.push(rule([
          { ...answer(id), operator: atMost ? 'lessThan' : 'greaterThan', value: check.partialFrom },
          { ...answer(id), operator: atMost ? 'greaterThan' : 'lessThan', value: check.target },
        ], 'ramp', { from: check.partialFrom, target: check.target, max, value: answer(id) }));
      }
      break;
    }
    case 'count':
      rules.push(rule([{ ...answer(id), operator: 'greaterThan', value: 0 }], 'count', { per: h(check.per), max, value: answer(id) }));
      break;
    case 'checklist':
      if (check.mode === 'all') rules.push(rule(check.requirements.map((r) => ({ ...answer(id), operator: 'contains', value: r.id })), 'earn', { points: max }));
      else for (const r of check.requirements) rules.push(rule([{ ...answer(id), operator: 'contains', value: r.id }], 'requirement', { total: check.requirements.length, max }));
      break;
    case 'deduction':
      rules.push(rule([{ ...answer(id), operator: 'greaterThanInclusive', value: 0 }], 'deduct', { per: h(check.per), cap: check.cap === undefined ? max : Math.min(max, h(check.cap)), max, value: answer(id) }));
      break;
  }
  return rules;
}

const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: true });
for (const item of compiled.items) for (const r of itemRules(item)) engine.addRule(r);
engine.addFact('evidenceOk', async (params, almanac) => {
  const item = compiled.items[compiled.itemIndex.get(params.item)];
  const given = (await almanac.factValue('evidence'))[params.item] ?? [];
  const day = await almanac.factValue('inspectedDay');
  return item.evidence.every((req) => {
    const fresh = given.filter((e) => e.kind === req.kind && (req.maxAgeDays === undefined || (day - dayNumber(e.date) >= 0 && day - dayNumber(e.date) <= req.maxAgeDays)));
    return fresh.length >= (req.min ?? 1);
  });
});

// Levels: one rule per level over the sums computed after the item run.
const levelEngine = new Engine([], { allowUndefinedFacts: true });
const levelCondition = (cond) => {
  let c;
  // scope `counted`: only the vetoes of the standards that count towards the composite (weight > 0)
  if ('noVeto' in cond) c = { fact: cond.scope === 'counted' ? 'countedVetoes' : 'vetoes', operator: 'equal', value: 0 };
  else if ('itemsPassed' in cond) c = { all: cond.itemsPassed.map((id) => ({ fact: 'holds', path: path(id), operator: 'equal', value: true })) };
  else if ('section' in cond) c = { any: [{ fact: 'sectionMax', path: path(cond.section), operator: 'equal', value: 0 }, { fact: 'sectionPercent', path: path(cond.section), operator: 'greaterThanInclusive', value: cond.minPercent }] };
  else {
    const k = compiled.componentIndex.get(cond.standardMet);
    const min = cond.minPercent ?? compiled.components[k].passMark ?? 100;
    c = { all: [{ fact: 'componentMax', path: `$[${k}]`, operator: 'greaterThan', value: 0 }, { fact: 'componentPercent', path: `$[${k}]`, operator: 'greaterThanInclusive', value: min }, { fact: 'componentVetoes', path: `$[${k}]`, operator: 'equal', value: 0 }] };
    // or the title it leads to already held: each of `orItemsPassed` passes
    if (cond.orItemsPassed) c = { any: [{ all: cond.orItemsPassed.map((id) => ({ fact: 'passes', path: path(id), operator: 'equal', value: true })) }, c] };
  }
  return cond.appliesTo ? { any: [{ fact: 'level', operator: 'notIn', value: cond.appliesTo }, c] } : c;
};
compiled.levels.forEach((level, index) => {
  levelEngine.addRule({ name: level.id, conditions: { all: [{ fact: 'percentFloor', operator: 'greaterThanInclusive', value: level.minPercent }, ...level.requires.map(levelCondition)] }, event: { type: 'level', params: { index } } });
});

async function score(inspection) {
  const value = {};
  const evidence = {};
  for (const [id, entry] of Object.entries(inspection.answers)) {
    const detailed = entry !== null && typeof entry === 'object' && !Array.isArray(entry);
    value[id] = detailed ? entry.value : entry;
    if (detailed && entry.evidence) evidence[id] = entry.evidence;
  }
  const waived = {};
  for (const w of inspection.waivers ?? []) waived[w.item] = w.expires >= inspection.inspectedAt;
  const { events } = await engine.run({ value, evidence, waived, level: inspection.station.level, inspectedDay: dayNumber(inspection.inspectedAt), year: Number(inspection.inspectedAt.slice(0, 4)) });
  const earned = new Map();
  const excluded = new Set();
  const met = new Map();
  for (const e of events) {
    const p = e.params;
    if (e.type === 'excluded') excluded.add(p.item);
    else if (e.type === 'earn') earned.set(p.item, p.points);
    else if (e.type === 'ramp') earned.set(p.item, Math.min(p.max, Math.max(0, Math.round((p.max * (p.value - p.from)) / (p.target - p.from)))));
    else if (e.type === 'count') earned.set(p.item, Math.min(p.max, p.per * p.value));
    else if (e.type === 'deduct') earned.set(p.item, p.max - Math.min(p.cap, p.per * p.value));
    else if (e.type === 'requirement') {
      const n = (met.get(p.item) ?? 0) + 1;
      met.set(p.item, n);
      earned.set(p.item, n === p.total ? p.max : Math.round((p.max * n) / p.total));
    }
  }
  const n = compiled.components.length;
  const points = new Array(n).fill(0), max = new Array(n).fill(0), bonus = new Array(n).fill(0), vetoes = new Array(n).fill(0);
  const sectionPoints = new Array(compiled.sections.length).fill(0), sectionMax = new Array(compiled.sections.length).fill(0);
  const holds = {};
  const passes = {};
  for (const item of compiled.items) {
    if (excluded.has(item.id)) {
      holds[item.id] = true;
      continue;
    }
    const answered = value[item.id] !== undefined;
    const got = earned.get(item.id) ?? 0;
    holds[item.id] = passes[item.id] = answered && got === item.max;
    if (item.veto && !holds[item.id]) vetoes[item.component]++;
    if (!answered && compiled.components[item.component].missing === 'exclude') continue;
    if (item.bonus) {
      bonus[item.component] += got;
      continue;
    }
    points[item.component] += got;
    max[item.component] += item.max;
    for (const s of item.sections) {
      sectionPoints[s] += got;
      sectionMax[s] += item.max;
    }
  }
  const componentPercent = compiled.components.map((c, k) => floorOf(points[k] + Math.min(bonus[k], c.bonusCap), max[k]));
  // the composite as vsr takes it: Σ weight × share / Σ weight over the components that apply, exactly
  // (weights to 1/10,000), rounded half up to hundredths of a percent
  let num = 0n, den = 1n, weights = 0n;
  compiled.components.forEach((c, k) => {
    if (c.weight > 0 && max[k] > 0) {
      const w = BigInt(Math.round(c.weight * 10000));
      const got = BigInt(Math.min(max[k], points[k] + Math.min(bonus[k], c.bonusCap)));
      num = num * BigInt(max[k]) + w * got * den;
      den *= BigInt(max[k]);
      weights += w;
    }
  });
  const percent = weights === 0n ? 0 : percentOfRatio(num, den * weights);
  const percentFloor = weights === 0n ? 0 : percentFloorOf(num, den * weights);
  const sectionFacts = (arr) => Object.fromEntries(compiled.sections.map((s) => [s.id, arr[s.index]]));
  const { events: levelEvents } = await levelEngine.run({
    percentFloor, vetoes: vetoes.reduce((a, b) => a + b, 0), countedVetoes: vetoes.reduce((a, v, k) => a + (compiled.kind !== 'scheme' || compiled.components[k].weight > 0 ? v : 0), 0), holds, passes, level: inspection.station.level,
    sectionMax: sectionFacts(sectionMax), sectionPercent: sectionFacts(compiled.sections.map((s) => floorOf(sectionPoints[s.index], sectionMax[s.index]))),
    componentMax: max, componentPercent, componentVetoes: vetoes,
  });
  const top = Math.max(-1, ...levelEvents.map((e) => e.params.index));
  return { station: inspection.station.id, percent, level: top < 0 ? null : compiled.levels[top].id };
}

const output = createWriteStream(out);
const handle = await open(file, 'r');
const decoder = new TextDecoder();
let carry = '';
let records = 0;
outer: for (;;) {
  const buf = new Uint8Array(512 * 1024);
  const { bytesRead } = await handle.read(buf, 0, buf.length, null);
  if (bytesRead === 0) break;
  const lines = (carry + decoder.decode(buf.subarray(0, bytesRead), { stream: true })).split('\n');
  carry = lines.pop();
  for (const line of lines) {
    if (records >= limit) break outer;
    if (!line) continue;
    records++;
    let data;
    try {
      data = JSON.parse(line);
    } catch {
      continue;
    }
    if (!output.write(JSON.stringify(await score(data)) + '\n')) await once(output, 'drain');
  }
}
await handle.close();
output.end();
await once(output, 'close');
console.log(JSON.stringify({ records, rules: engine.rules.length }));
