/**
 * The 评分标准 (scoring rule) text of an item and its check, both ways, in one place so the two stay
 * one grammar: `describeCheck` writes the rule that `vsr export` prints, and `inferCheck` reads a
 * rule (an official sheet's wording or an exported one) back into a check. Pure.
 *
 * Readable wordings (Chinese, full- or half-width digits):
 * - boolean: "有…得分，无不得分", "符合要求得满分，否则不得分", "达到要求得2分，未达到不得分";
 * - grade: "好得3分；较好得2分；差不得分" or "好〔good〕得满分；较好〔fair〕得50%；差〔poor〕不得分";
 * - threshold: "达到80%及以上得满分；60%至80%之间按比例得分；低于60%不得分", "不超过3天得满分";
 * - count: "每开展1次得0.5分，最高得满分";
 * - deduction: "每发现1起扣1分，最多扣3分" / "…，扣完为止";
 * - checklist: an enumerated list ("（1）…；（2）…" or "①…②…") with "全部达到得满分，缺一项不得分",
 *   "按达到项数比例得分", or "每缺一项扣X分" where X × the number of entries is the item's points.
 * Anything else is not guessed: the caller gets `null` and marks the item for a person.
 */
import { stationLevelNames } from '../i18n/messages.js';
import { formatPoints } from '../i18n/format.js';
import type { Check, ChecklistCheck, GradeCheck, StationLevel, Text, ThresholdCheck } from '../types/standard.js';

const NUM = String.raw`(\d+(?:\.\d+)?)`;
/** A number as written, half- or full-width. */
const WIDE = String.raw`([0-9０-９]+(?:[.．][0-9０-９]+)?)`;

function fractionText(f: number): string {
  return String(Math.round(f * 1_000_000) / 10_000);
}

const THRESHOLD_UNITS: Record<string, string> = { percent: '%', days: '天', hours: '小时', number: '' };

function zh(text: Text | undefined, fallback = ''): string {
  return text?.['zh-CN'] ?? fallback;
}

/** "（1）" … numbering that `inferCheck` reads back. */
function numbered(i: number): string {
  return `（${i + 1}）`;
}

/** The 评分标准 text for a check, precise enough that `inferCheck` gives the same check back. */
export function describeCheck(check: Check, points: number): string {
  switch (check.type) {
    case 'boolean':
      return '符合要求得满分，不符合不得分。';
    case 'grade':
      return `${check.grades.map((g) => `${zh(g.label)}〔${g.id}〕${g.fraction === 1 ? '得满分' : g.fraction === 0 ? '不得分' : `得${fractionText(g.fraction)}%`}`).join('；')}。`;
    case 'threshold': {
      const u = THRESHOLD_UNITS[check.unit ?? 'number'];
      const v = (n: number) => `${formatPoints(n)}${u}`;
      const atMost = check.direction === 'atMost';
      const parts = [atMost ? `不超过${v(check.target)}得满分` : `达到${v(check.target)}及以上得满分`];
      if (check.partialFrom !== undefined) parts.push(`${v(check.partialFrom)}至${v(check.target)}之间按比例得分`);
      const edge = check.partialFrom ?? check.target;
      parts.push(atMost ? `超过${v(edge)}不得分` : `低于${v(edge)}不得分`);
      const range = [check.min !== undefined ? `下限${formatPoints(check.min)}` : '', check.max !== undefined ? `上限${formatPoints(check.max)}` : ''].filter(Boolean);
      const unitNote = check.unit === 'number' ? '（填数值）' : '';
      const byLevel = Object.entries(check.levels ?? {}).map(([l, o]) => `${stationLevelNames[l]['zh-CN']}达到${v(o!.target)}${o!.partialFrom !== undefined ? `（${v(o!.partialFrom)}起按比例）` : ''}`);
      return `${parts.join('；')}${unitNote}${range.length ? `（答案${range.join('，')}）` : ''}。${byLevel.length ? `按站点层级：${byLevel.join('，')}。` : ''}`;
    }
    case 'count':
      return `每1${zh(check.unit, '次')}得${formatPoints(check.per)}分，最高得满分（${formatPoints(points)}分）。`;
    case 'deduction':
      return `每发生1${zh(check.unit, '次')}扣${formatPoints(check.per)}分，${check.cap !== undefined ? `最多扣${formatPoints(check.cap)}分` : '扣完为止'}。`;
    case 'checklist': {
      const only = (r: (typeof check.requirements)[number]) => (r.appliesTo ? `〈仅适用：${r.appliesTo.map((l) => stationLevelNames[l]['zh-CN']).join('、')}〉` : '');
      const list = check.requirements.map((r, i) => `${numbered(i)}${zh(r.label)}〔${r.id}〕${only(r)}${r.reconstructed ? '（重构）' : ''}`).join('；');
      return `以下${check.requirements.length}项：${list}。${check.mode === 'all' ? '全部达到得满分，缺一项不得分' : '按达到项数比例得分'}。`;
    }
  }
}

/** A Text whose English awaits a translator: a copy of the Chinese (the item is marked `todo: translate`). */
export function untranslated(s: string): Text {
  return { 'zh-CN': s, en: s };
}

/** Station levels named in a text by their Chinese names ("镇（街道）、村（社区）"), in the usual order. */
export function levelsIn(text: string): StationLevel[] | undefined {
  const found = (['county', 'town', 'village', 'enterprise'] as const).filter((l) => text.includes(stationLevelNames[l]['zh-CN']) || text.includes(stationLevelNames[l]['zh-CN'][0]));
  return found.length ? [...found] : undefined;
}

/** A requirement or grade label with its optional 〔id〕 marker, 〈仅适用：…〉 levels and （重构） flag. */
function labelled(raw: string): { label: string; id?: string; reconstructed: boolean; appliesTo?: StationLevel[] } {
  let s = raw.trim();
  const reconstructed = /[（(]重构[）)]$/.test(s);
  if (reconstructed) s = s.replace(/[（(]重构[）)]$/, '').trim();
  const only = /〈仅适用：([^〉]+)〉$/.exec(s);
  const appliesTo = only ? levelsIn(only[1]) : undefined;
  if (only) s = s.slice(0, only.index).trim();
  const m = /^(.*?)〔([a-z0-9][a-z0-9._-]*)〕$/.exec(s);
  return { ...(m ? { label: m[1].trim(), id: m[2] } : { label: s }), reconstructed, ...(appliesTo ? { appliesTo } : {}) };
}

function units(s: string): ThresholdCheck['unit'] {
  if (s === '%') return 'percent';
  if (s === '天' || s === '日' || s === '个工作日' || s === '工作日') return 'days';
  if (s === '小时') return 'hours';
  return 'number';
}

const MEASURE = '(个月|人次|户次|场次|工作日|小时|[次项场家人个起件户篇期条天])';

function measureOf(middle: string): string | undefined {
  const m = new RegExp(`(?:一|1)${MEASURE}`).exec(middle);
  return m?.[1];
}

/** The enumerated entries of a rule: "（1）a；（2）b" or "①a②b" or "1.a 2.b". */
function enumerated(s: string): string[] {
  const marks = /（[0-9０-９]+）|\([0-9０-９]+\)|[①-⑳]|(?:^|[：:；;。\s])[0-9０-９]+[.、．]/g;
  const hits = [...s.matchAll(marks)];
  if (hits.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i < hits.length; i++) {
    const start = hits[i].index! + hits[i][0].length;
    const end = i + 1 < hits.length ? hits[i + 1].index! : s.length;
    let part = s.slice(start, end);
    if (i + 1 === hits.length) part = part.split(/。|[，,；;](?=每|全部|按|缺|以上|均|各|共|满分|得)/)[0];
    out.push(part.replace(/^[\s：:]+|[\s；;，,。]+$/g, ''));
  }
  return out.filter(Boolean);
}

function gradeClauses(s: string, points: number): GradeCheck['grades'] | null {
  const clauses = s.replace(/。$/, '').split(/[；;]/).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return null;
  const grades: { id?: string; label: string; fraction: number; reconstructed: boolean }[] = [];
  for (const c of clauses) {
    const m = new RegExp(`^(.+?)(?:得满分|得\\s*${WIDE}\\s*[%％]|[得加]\\s*${WIDE}\\s*分|不得分|不加分|得\\s*[0０]\\s*分)$`).exec(c);
    if (!m) return null;
    const l = labelled(m[1].replace(/[的，,]$/, ''));
    const num = (x: string) => Number(x.normalize('NFKC'));
    const fraction = /得满分$/.test(c) ? 1 : /不得分$|不加分$|得\s*[0０]\s*分$/.test(c) ? 0 : m[2] !== undefined ? num(m[2]) / 100 : points > 0 ? num(m[3]) / points : NaN;
    if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1) return null;
    grades.push({ ...l, fraction: Math.round(fraction * 10000) / 10000 });
  }
  const withIds = grades.every((g) => g.id);
  grades.sort((a, b) => b.fraction - a.fraction);
  return grades.map((g, i) => ({ id: withIds ? g.id! : `g${i + 1}`, ...(g.label ? { label: untranslated(g.label) } : {}), fraction: g.fraction })) as GradeCheck['grades'];
}

/**
 * The check a 评分标准 text states, or null when it is not unambiguous. `points` is the item's points
 * (to read "得2分" as a share of them).
 */
export function inferCheck(text: string, points: number): Check | null {
  // `s` for reading the rule (half-width digits, no spaces); `raw` for labels, kept as written
  const raw = text.replace(/\s*\n\s*/g, '').trim();
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  if (!s) return null;
  // checklist: an enumerated list and a rule for it
  const list = enumerated(raw);
  if (list.length >= 2) {
    const reqs = list.map(labelled);
    const ids = reqs.every((r) => r.id) ? reqs.map((r) => r.id!) : reqs.map((_, i) => `r${i + 1}`);
    const requirements = reqs.map((r, i) => ({ id: ids[i], label: untranslated(r.label), ...(r.reconstructed ? { reconstructed: true } : {}), ...(r.appliesTo ? { appliesTo: r.appliesTo } : {}) })) as ChecklistCheck['requirements'];
    if (/全部(达到|符合|落实|具备)得满分|缺(一|1)项(即)?不得分/.test(s)) return { type: 'checklist', mode: 'all', requirements };
    if (/按(达到|符合|落实)?项数?比例得分|按比例得分/.test(s)) return { type: 'checklist', requirements };
    const per = new RegExp(`每缺(?:一|1)项扣${NUM}分`).exec(s);
    if (per && Math.round(Number(per[1]) * list.length * 100) === Math.round(points * 100)) return { type: 'checklist', requirements };
  }
  // threshold: a target with full points at or beyond it
  const u = '(%|天|日|个工作日|工作日|小时|人|个|次|平方米|㎡|m2)?';
  const least = new RegExp(`(?:达到|不低于|不少于|≥|>=|在)${NUM}${u}(?:及)?(?:以上)?[的，,]?得满分`).exec(s);
  const most = new RegExp(`(?:不超过|不高于|不多于|≤|<=|在)${NUM}${u}(?:及)?(?:以内|以下|内)?[的，,]?得满分`).exec(s);
  const hit = least ?? most;
  if (hit) {
    const atMost = !least;
    const target = Number(hit[1]);
    const unit = units(hit[2] ?? '');
    const check: ThresholdCheck = { type: 'threshold', target, ...(atMost ? { direction: 'atMost' } : {}), unit };
    const ramp = new RegExp(`${NUM}${u}(?:至|到|-|~|—)${NUM}${u}(?:之间)?按比例(?:得分|计分)`).exec(s);
    const perPoint = new RegExp(`每(?:低|少|超|多)(?:一|1)个?(?:百分点|%|天|小时|人|个|次)扣${NUM}分`).exec(s);
    if (ramp) check.partialFrom = Number(ramp[1]);
    else if (perPoint && Number(perPoint[1]) > 0) check.partialFrom = Math.round((atMost ? target + points / Number(perPoint[1]) : target - points / Number(perPoint[1])) * 100) / 100;
    const byLevel = /按站点层级[:：](.+?)(?:。|$)/.exec(s);
    if (byLevel) {
      const levels: NonNullable<ThresholdCheck['levels']> = {};
      for (const part of byLevel[1].split(/[，,]/)) {
        const m = new RegExp(`^(.+?)达到${NUM}${u}(?:[（(]${NUM}${u}起按比例[）)])?$`).exec(part);
        const level = m && levelsIn(m[1].normalize('NFKC'))?.[0];
        if (m && level) levels[level] = { target: Number(m[2]), ...(m[4] !== undefined ? { partialFrom: Number(m[4]) } : {}) };
      }
      if (Object.keys(levels).length) check.levels = levels;
    }
    const lo = new RegExp(`下限${NUM}`).exec(s);
    const hi = new RegExp(`上限${NUM}`).exec(s);
    if (lo) check.min = Number(lo[1]);
    if (hi) check.max = Number(hi[1]);
    return check;
  }
  // deduction: points off per occurrence
  const ded = new RegExp(`每([^，,；;。]*?)扣${NUM}分`).exec(s);
  if (ded && !/得\d/.test(s.slice(0, ded.index))) {
    const cap = new RegExp(`最多扣${NUM}分|扣分上限${NUM}分`).exec(s);
    const unit = measureOf(ded[1]) ?? (/缺/.test(ded[1]) ? '项' : undefined);
    return {
      type: 'deduction',
      per: Number(ded[2]),
      ...(cap ? { cap: Number(cap[1] ?? cap[2]) } : {}),
      ...(unit ? { unit: untranslated(unit) } : {}),
    };
  }
  // count: points per occurrence up to the item's points
  const cnt = new RegExp(`每([^，,；;。]*?)(?:得|加)${NUM}分`).exec(s) ?? new RegExp(`((?:一|1)${MEASURE})(?:得|加)${NUM}分`).exec(s);
  if (cnt && /最高|最多|满分为止|加满为止|封顶|为限/.test(s)) {
    const unit = measureOf(cnt[1]);
    return { type: 'count', per: Number(cnt[cnt.length - 1]), ...(unit ? { unit: untranslated(unit) } : {}) };
  }
  // grade: named grades, each with its share of the points (two grades full/nothing: a boolean)
  const grades = gradeClauses(raw, points);
  if (grades && grades.some((g) => g.id !== `g${grades.indexOf(g) + 1}`)) return { type: 'grade', grades };
  if (grades && grades.length === 2 && grades[0].fraction === 1 && grades[1].fraction === 0) return { type: 'boolean' };
  if (grades && grades.length >= 2) return { type: 'grade', grades };
  // boolean: one full clause and a nothing clause
  if (/(得满分|得分|得\d+(?:\.\d+)?分)[，,；;]?(?:否则|未|无|没有|不符合|不达标|达不到)[^。]*不得分/.test(s)) return { type: 'boolean' };
  if (/^(有|建立|设有|具备|落实|配备)[^，,；;]*得分[，,；;](无|未|没有)[^。]*不得分/.test(s)) return { type: 'boolean' };
  return null;
}

/**
 * A check as far as a score sheet carries it, as one string: texts by their Chinese, schema defaults
 * filled in. Two checks with the same key score every answer alike.
 */
export function checkKey(check: Check): string {
  const c: Record<string, unknown> = { ...check };
  if (check.type === 'threshold') {
    c.direction ??= 'atLeast';
    c.unit ??= 'number';
  }
  if (check.type === 'checklist') c.mode ??= 'proportional';
  const plain = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(plain);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['zh-CN'] === 'string' && Object.keys(o).every((k) => k === 'zh-CN' || k === 'en')) return o['zh-CN'];
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, plain(o[k])]));
    }
    return v;
  };
  return JSON.stringify(plain(c));
}
