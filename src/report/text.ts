/**
 * Plain text for the terminal (`vsr gap`): where the station stands and the gap plan as a numbered
 * checklist in planned order, with what to answer and what each step earns.
 */
import { colon, formatPercent, formatPoints, msg, paren } from './labels.js';
import { buildReport, type ReportInput, type ReportOptions } from './model.js';

export function renderGapText(input: ReportInput, options: ReportOptions = {}): string {
  const m = buildReport(input, options);
  const L = m.locale;
  const lines = [
    `${m.station.name}${paren(m.station.id, L)}`,
    `${msg('report-rating', L)}${colon(L)}${m.rating.label} · ${msg('report-percent', L)} ${formatPercent(m.score.percent)}`,
  ];
  for (const v of m.vetoes) lines.push(`✘ ${msg('report-veto-item', L)}${colon(L)}${v.title}${paren(v.item, L)}${colon(L)}${v.message}`);
  lines.push('');
  if (!m.gap.target) lines.push(msg('report-gap-top', L));
  else if (!m.gap.reachable) lines.push(msg('report-gap-unreachable', L, { level: m.gap.targetLabel }), ...m.gap.why.map((w) => `  - ${w}`));
  else lines.push(msg('report-gap-target', L, { level: m.gap.targetLabel, count: m.gap.steps.length }));
  for (const s of m.gap.steps) {
    const evidence = s.evidence ? ` ${msg('report-gap-evidence', L, { evidence: s.evidence })}` : '';
    lines.push(`${String(s.order).padStart(3)}. [ ] ${msg('report-gap-step', L, { title: s.title, from: s.from, to: s.to, answer: s.answer })}${evidence}`);
    lines.push(`       ${msg('report-gap-gain', L, { points: formatPoints(s.points), gain: formatPoints(s.gain) })} · ${s.item} · ${msg('report-effort', L)} ${s.effort} · ${s.reason}`);
  }
  return lines.join('\n') + '\n';
}
