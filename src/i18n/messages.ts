/**
 * The one message catalog: every code the engine emits (load errors, inspection errors, item reasons,
 * level conditions, warnings) with its zh-CN and en template. `{name}` is replaced by a parameter.
 */
export type Locale = 'zh-CN' | 'en';
export type LocalText = { 'zh-CN': string; en: string };
export type Params = Record<string, string | number | boolean | null>;

export const messages = {
  // ---- files and YAML ----
  'file-not-found': { 'zh-CN': '找不到文件：{file}', en: 'File not found: {file}' },
  'file-too-large': { 'zh-CN': '文件过大（{size} 字节，上限 {limit} 字节）', en: 'File too large ({size} bytes, limit {limit} bytes)' },
  'file-unreadable': { 'zh-CN': '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' },
  'yaml-syntax': { 'zh-CN': 'YAML 语法错误：{detail}', en: 'YAML syntax error: {detail}' },
  'json-syntax': { 'zh-CN': 'JSON 语法错误：{detail}', en: 'JSON syntax error: {detail}' },
  'yaml-alias-limit': { 'zh-CN': 'YAML 别名展开过多（可能是“十亿笑”攻击），已拒绝', en: 'Too many YAML alias expansions (a possible "billion laughs" attack); refused' },
  'forbidden-key': { 'zh-CN': '不允许的键名“{key}”', en: 'Forbidden key "{key}"' },
  'unknown-ref': { 'zh-CN': '找不到标准或方案“{ref}”（可用：{known}）', en: 'No standard or scheme "{ref}" (known: {known})' },
  'wrong-kind': { 'zh-CN': '“{ref}”是{actual}，此处需要{expected}', en: '"{ref}" is a {actual}, but a {expected} is needed here' },
  'extends-cycle': { 'zh-CN': '继承关系形成循环：{chain}', en: 'Overlay chain forms a cycle: {chain}' },
  // ---- schema ----
  'schema-required': { 'zh-CN': '缺少必填字段“{property}”', en: 'Missing required field "{property}"' },
  'schema-additional': { 'zh-CN': '未知字段“{property}”', en: 'Unknown field "{property}"' },
  'schema-type': { 'zh-CN': '类型错误：应为 {expected}', en: 'Wrong type: expected {expected}' },
  'schema-enum': { 'zh-CN': '取值无效，可选值：{allowed}', en: 'Invalid value; allowed: {allowed}' },
  'schema-const': { 'zh-CN': '取值应为 {allowed}', en: 'Value must be {allowed}' },
  'schema-pattern': { 'zh-CN': '格式不符（{pattern}）', en: 'Does not match the expected format ({pattern})' },
  'schema-format': { 'zh-CN': '格式应为 {format}', en: 'Must be a valid {format}' },
  'schema-range': { 'zh-CN': '数值超出范围（{detail}）', en: 'Number out of range ({detail})' },
  'schema-other': { 'zh-CN': '不符合格式要求：{detail}', en: 'Does not fit the schema: {detail}' },
  'unknown-check-type': { 'zh-CN': '未知的检查类型“{type}”（可用：{known}）', en: 'Unknown check type "{type}" (known: {known})' },
  // ---- standard semantics ----
  'duplicate-id': { 'zh-CN': '编号“{id}”重复（首次出现于 {first}）', en: 'Duplicate id "{id}" (first at {first})' },
  'section-points-mismatch': { 'zh-CN': '章节“{id}”的分值为 {declared}，但其条目合计 {actual}', en: 'Section "{id}" declares {declared} points but its items add up to {actual}' },
  'total-points-mismatch': { 'zh-CN': '总分为 {declared}，但条目合计 {actual}', en: 'totalPoints is {declared} but the items add up to {actual}' },
  'bonus-cap-missing': { 'zh-CN': '有加分项但未设置 bonusCap（加分上限）', en: 'There are bonus items but no bonusCap' },
  'bonus-veto': { 'zh-CN': '加分项“{id}”不能同时是否决项', en: 'Bonus item "{id}" cannot also be a veto item' },
  'grades-order': { 'zh-CN': '等级须由高到低排列，分数比例不能上升（{id}）', en: 'Grades must be listed best first with non-increasing fractions ({id})' },
  'grades-duplicate': { 'zh-CN': '等级编号“{id}”重复', en: 'Duplicate grade id "{id}"' },
  'deduction-cap': { 'zh-CN': '扣分上限 {cap} 超过条目分值 {points}', en: 'Deduction cap {cap} exceeds the item points {points}' },
  'count-per': { 'zh-CN': '每次得分 {per} 超过条目分值 {points}', en: 'Points per occurrence {per} exceed the item points {points}' },
  'threshold-ramp': { 'zh-CN': 'partialFrom（{from}）须位于目标值（{target}）未达到的一侧', en: 'partialFrom ({from}) must lie on the unmet side of the target ({target})' },
  'requirements-duplicate': { 'zh-CN': '子要求编号“{id}”重复', en: 'Duplicate requirement id "{id}"' },
  'unknown-source': { 'zh-CN': '引用了未定义的来源“{id}”', en: 'Cites an undefined source "{id}"' },
  'bad-points-precision': { 'zh-CN': '分值最多两位小数：{value}', en: 'Points take at most two decimals: {value}' },
  'overlay-unknown-id': { 'zh-CN': '覆盖文件引用了基础标准中不存在的编号“{id}”', en: 'The overlay names "{id}", which the base standard does not have' },
  'overlay-without-extends': { 'zh-CN': '有 overlay 字段但缺少 extends', en: 'overlay is given without extends' },
  'no-sections': { 'zh-CN': '标准没有任何章节', en: 'The standard has no sections' },
  'scheme-duplicate-item': { 'zh-CN': '条目编号“{id}”同时出现在 {a} 和 {b} 中', en: 'Item id "{id}" appears in both {a} and {b}' },
  'scheme-unknown-standard': { 'zh-CN': '条件引用了方案组成之外的标准“{id}”', en: 'A condition names "{id}", which is not a component of the scheme' },
  'scheme-unknown-section': { 'zh-CN': '条件引用了不存在的章节“{id}”', en: 'A condition names an unknown section "{id}"' },
  'scheme-unknown-item': { 'zh-CN': '条件引用了不存在的条目“{id}”', en: 'A condition names an unknown item "{id}"' },
  'scheme-level-order': { 'zh-CN': '等级须由低到高排列，最低分不能下降（{id}）', en: 'Levels must go from lowest to highest with non-decreasing minPercent ({id})' },
  'scheme-no-passmark': { 'zh-CN': '标准“{id}”没有及格线，standardMet 条件须给出 minPercent', en: 'Standard "{id}" has no passMark, so the standardMet condition needs a minPercent' },
  'scheme-weights-zero': { 'zh-CN': '各组成部分的权重之和须大于 0', en: 'The component weights must add up to more than 0' },
  'supersedes-self': { 'zh-CN': 'supersedes 不能指向自身', en: 'supersedes cannot name the standard itself' },
  // ---- inspection ----
  'inspection-standard-mismatch': { 'zh-CN': '检查记录针对“{declared}”，而当前使用的是“{actual}”', en: 'The inspection is for "{declared}" but "{actual}" is in use' },
  'inspection-unknown-item': { 'zh-CN': '答案中的条目“{id}”不在标准中', en: 'Answer for "{id}", which is not an item of the standard' },
  'inspection-not-applicable-standard': { 'zh-CN': '“{standard}”不适用于{level}级站点', en: '"{standard}" does not apply to a station of level {level}' },
  'inspection-missing-answer': { 'zh-CN': '条目“{id}”未作答（本标准要求全部作答）', en: 'Item "{id}" is unanswered (this standard requires every answer)' },
  'answer-boolean': { 'zh-CN': '应填“是/否”（true/false）', en: 'Expected yes/no (true/false)' },
  'answer-grade': { 'zh-CN': '应为以下等级之一：{allowed}', en: 'Expected one of the grades: {allowed}' },
  'answer-number': { 'zh-CN': '应为数字', en: 'Expected a number' },
  'answer-range': { 'zh-CN': '数值应在 {min} 到 {max} 之间', en: 'Expected a number from {min} to {max}' },
  'answer-whole': { 'zh-CN': '应为不小于 0 的整数', en: 'Expected a whole number ≥ 0' },
  'answer-checklist': { 'zh-CN': '应为已达到的子要求编号列表，可选：{allowed}', en: 'Expected a list of the requirement ids met; allowed: {allowed}' },
  'answer-checklist-unknown': { 'zh-CN': '未知的子要求“{id}”，可选：{allowed}', en: 'Unknown requirement "{id}"; allowed: {allowed}' },
  'waiver-unknown-item': { 'zh-CN': '豁免的条目“{id}”不在标准中', en: 'Waiver for "{id}", which is not an item of the standard' },
  'date-invalid': { 'zh-CN': '日期无效：{value}（应为 YYYY-MM-DD）', en: 'Invalid date: {value} (expected YYYY-MM-DD)' },
  // ---- item reasons ----
  'answered': { 'zh-CN': '作答：{value}', en: 'Answered: {value}' },
  'not-applicable-level': { 'zh-CN': '不适用于{level}级站点', en: 'Does not apply to a {level} station' },
  'unanswered': { 'zh-CN': '未作答', en: 'Not answered' },
  'unanswered-excluded': { 'zh-CN': '未作答，不计入满分', en: 'Not answered; left out of the maximum' },
  'waived': { 'zh-CN': '已豁免：{reason}（批准人 {approvedBy}，有效期至 {expires}）', en: 'Waived: {reason} (approved by {approvedBy}, valid until {expires})' },
  'waiver-expired': { 'zh-CN': '豁免已于 {expires} 过期，不再有效（批准人 {approvedBy}）', en: 'The waiver expired on {expires} and no longer counts (approved by {approvedBy})' },
  'evidence-missing': { 'zh-CN': '缺少佐证材料：{kind}（需要 {need} 份，现有 {have} 份）', en: 'Missing evidence: {kind} (need {need}, have {have})' },
  'evidence-stale': { 'zh-CN': '佐证材料过期：{kind}（须为检查前 {days} 天内，现有有效 {have} 份，需要 {need} 份）', en: 'Stale evidence: {kind} (must be within {days} days before the inspection; {have} current, {need} needed)' },
  'grade-earned': { 'zh-CN': '评为“{grade}”，得分比例 {fraction}', en: 'Graded "{grade}", {fraction} of the points' },
  'threshold-met': { 'zh-CN': '{value} 达到目标 {target}', en: '{value} meets the target {target}' },
  'threshold-partial': { 'zh-CN': '{value} 未达目标 {target}，按比例得分', en: '{value} is short of the target {target}; partial credit' },
  'threshold-missed': { 'zh-CN': '{value} 未达目标 {target}', en: '{value} misses the target {target}' },
  'count-earned': { 'zh-CN': '{count} 次，每次 {per} 分', en: '{count} occurrences at {per} points each' },
  'checklist-missing': { 'zh-CN': '未达到的子要求：{missing}', en: 'Requirements not met: {missing}' },
  'deduction-taken': { 'zh-CN': '{count} 次，扣 {deducted} 分', en: '{count} occurrences, {deducted} points deducted' },
  'invalid-answer': { 'zh-CN': '答案无效：{detail}', en: 'Invalid answer: {detail}' },
  'veto-failed': { 'zh-CN': '否决项未通过', en: 'Veto item not passed' },
  // ---- level conditions ----
  'level-min-percent': { 'zh-CN': '得分率 {percent}% 低于 {min}%', en: 'Score {percent}% is below {min}%' },
  'level-veto': { 'zh-CN': '否决项未通过：{items}', en: 'Veto items failed: {items}' },
  'level-items': { 'zh-CN': '必须通过的条目未通过：{items}', en: 'Required items not passed: {items}' },
  'level-section': { 'zh-CN': '章节“{section}”得分率 {percent}% 低于 {min}%', en: 'Section "{section}" is at {percent}%, below {min}%' },
  'level-standard': { 'zh-CN': '未达到“{standard}”（{percent}%，需 {min}% 且无否决项）', en: '"{standard}" not met ({percent}%, needs {min}% and no failed veto)' },
  'level-standard-na': { 'zh-CN': '“{standard}”不适用于该站点，无法满足', en: '"{standard}" does not apply to this station, so it cannot be met' },
  // ---- gap and warnings ----
  'gap-top-level': { 'zh-CN': '已是最高等级', en: 'Already at the highest level' },
  'gap-unknown-level': { 'zh-CN': '未知等级“{level}”，可选：{allowed}', en: 'Unknown level "{level}"; allowed: {allowed}' },
  'gap-no-candidates': { 'zh-CN': '没有任何可改进的条目能满足：{condition}', en: 'No improvable item can satisfy: {condition}' },
  'gap-not-verified': { 'zh-CN': '差距方案复核未达到目标等级', en: 'The gap plan did not reach the target on re-evaluation' },
  'no-applicable-component': { 'zh-CN': '没有适用于该站点的计分标准', en: 'No weighted standard applies to this station' },
  'standard-not-applicable': { 'zh-CN': '“{standard}”不适用于{level}级站点，不计入', en: '"{standard}" does not apply to a {level} station and is not counted' },
  // ---- batch, regional summary, compare, diff (src/batch, src/standard/diff.ts, vsr batch/compare/diff) ----
  'batch-not-object': { 'zh-CN': '该行不是 JSON 对象（每行应为一条检查记录）', en: 'The line is not a JSON object (each line must be one inspection)' },
  'batch-record-too-large': { 'zh-CN': '该行过长（{size} 字节，上限 {limit} 字节）', en: 'The line is too long ({size} bytes, limit {limit} bytes)' },
  'batch-ref-invalid': { 'zh-CN': '无法加载“{ref}”：{detail}', en: 'Cannot load "{ref}": {detail}' },
  'batch-counts': { 'zh-CN': '共 {total} 条记录：合格 {good} 条，有误 {bad} 条{blank}', en: '{total} records: {good} good, {bad} bad{blank}' },
  'batch-blank-lines': { 'zh-CN': '（另有空行 {count} 行，已跳过）', en: ' ({count} blank lines skipped)' },
  'batch-written': { 'zh-CN': '评定结果：{out}；错误记录：{errors}', en: 'Evaluations: {out}; errors: {errors}' },
  'batch-summary-written': { 'zh-CN': '汇总：{file}', en: 'Summary: {file}' },
  'batch-folder-empty': { 'zh-CN': '文件夹 {dir} 中没有检查记录（.yaml、.yml、.json）', en: 'The folder {dir} holds no inspections (.yaml, .yml, .json)' },
  'targets-not-list': { 'zh-CN': '目标文件应为 targets: [{ id, level, minPercent }] 列表', en: 'A targets file holds targets: [{ id, level, minPercent }]' },
  'targets-entry': { 'zh-CN': '每个目标应为对象 { id, level, minPercent, label? }', en: 'Each target is an object { id, level, minPercent, label? }' },
  'targets-id': { 'zh-CN': '目标的 id 应为不重复的非空字符串', en: 'A target\'s id must be a non-empty string, not used twice' },
  'targets-level': { 'zh-CN': '目标的 level 应为等级编号、any（任一等级）或 top（最高等级）', en: 'A target\'s level must be a level id, any (any level) or top (the highest)' },
  'targets-min-percent': { 'zh-CN': '目标的 minPercent 应为 0 到 100 之间的数', en: 'A target\'s minPercent must be a number from 0 to 100' },
  'targets-label': { 'zh-CN': '目标的 label 应为 { zh-CN, en }', en: 'A target\'s label must be { zh-CN, en }' },
  'compare-not-evaluation': { 'zh-CN': '不是评定结果（应为 schema 为 vsr/evaluation@1 的对象）', en: 'Not an evaluation (expected an object with schema vsr/evaluation@1)' },
  'compare-duplicate-station': { 'zh-CN': '站点“{id}”出现多次，以最后一次为准', en: 'Station "{id}" appears more than once; the last one counts' },
  'summary-title': { 'zh-CN': '退役军人服务站评定汇总', en: 'Veterans service stations: rating summary' },
  'summary-records': { 'zh-CN': '记录 {total} 条，合格 {good} 条，有误 {bad} 条', en: '{total} records, {good} good, {bad} bad' },
  'summary-stations': { 'zh-CN': '站点数', en: 'Stations' },
  'summary-average': { 'zh-CN': '平均得分率', en: 'Average percent' },
  'summary-unrated': { 'zh-CN': '未定级', en: 'Unrated' },
  'summary-region': { 'zh-CN': '地区', en: 'Region' },
  'summary-region-all': { 'zh-CN': '全部', en: 'All' },
  'summary-region-unknown': { 'zh-CN': '（未填地区）', en: '(no region)' },
  'summary-depth': { 'zh-CN': '层级', en: 'Depth' },
  'summary-levels': { 'zh-CN': '各等级站点数', en: 'Stations at each level' },
  'summary-by-region': { 'zh-CN': '分地区汇总', en: 'By region' },
  'summary-targets': { 'zh-CN': '目标完成情况', en: 'Targets' },
  'summary-target-met': { 'zh-CN': '达到', en: 'met' },
  'summary-target-unmet': { 'zh-CN': '未达到', en: 'not met' },
  'summary-target-share': { 'zh-CN': '{share}%（目标 ≥ {min}%）', en: '{share}% (target ≥ {min}%)' },
  'target-any-level': { 'zh-CN': '评上星级的站点占比', en: 'Share of stations with a level' },
  'target-top-level': { 'zh-CN': '“{label}”站点占比', en: 'Share of stations at "{label}"' },
  'target-at-least': { 'zh-CN': '“{label}”及以上站点占比', en: 'Share of stations at "{label}" or above' },
  'summary-failed-items': { 'zh-CN': '失分最多的条目', en: 'Items failed most often' },
  'summary-fail-rate': { 'zh-CN': '未通过率', en: 'Fail rate' },
  'summary-assessed': { 'zh-CN': '参评站点', en: 'Assessed' },
  'summary-failed': { 'zh-CN': '未通过', en: 'Failed' },
  'summary-partial': { 'zh-CN': '部分得分', en: 'Partial' },
  'summary-sections': { 'zh-CN': '各章节平均得分率', en: 'Section averages' },
  'summary-standard': { 'zh-CN': '标准或方案', en: 'Standard or scheme' },
  'summary-offline-note': { 'zh-CN': '本页不依赖网络，可离线打开和打印。', en: 'This page needs no network; open and print it offline.' },
  'compare-title': { 'zh-CN': '两轮评定对比', en: 'Comparison of two rounds' },
  'compare-matched': { 'zh-CN': '匹配站点 {matched} 个；仅在前一轮 {onlyA} 个，仅在后一轮 {onlyB} 个', en: '{matched} stations matched; {onlyA} only in the first round, {onlyB} only in the second' },
  'compare-levels': { 'zh-CN': '等级上升 {up} 个，下降 {down} 个，不变 {same} 个', en: '{up} went up a level, {down} went down, {same} unchanged' },
  'compare-down': { 'zh-CN': '等级下降的站点', en: 'Stations that went down' },
  'compare-up': { 'zh-CN': '等级上升的站点', en: 'Stations that went up' },
  'compare-newly-failed': { 'zh-CN': '新出现的未通过条目', en: 'Newly failed items' },
  'compare-fixed': { 'zh-CN': '已整改通过的条目', en: 'Fixed items' },
  'compare-score-changes': { 'zh-CN': '得分变化', en: 'Score changes' },
  'compare-score-summary': { 'zh-CN': '得分上升 {up} 个，下降 {down} 个，不变 {same} 个；平均变化 {mean} 个百分点', en: '{up} scored higher, {down} lower, {same} the same; mean change {mean} percentage points' },
  'compare-stations-count': { 'zh-CN': '{count} 个站点', en: '{count} stations' },
  'compare-different-standards': { 'zh-CN': '注意：两轮使用的标准不同（{a} 与 {b}），条目可能已变化', en: 'Note: the rounds use different standards ({a} and {b}); items may have changed' },
  'compare-none': { 'zh-CN': '无', en: 'None' },
  'compare-more': { 'zh-CN': '……另有 {count} 项（完整列表见 --format json）', en: '… {count} more (the full list is in --format json)' },
  'diff-title': { 'zh-CN': '标准差异：{a} → {b}', en: 'Changes: {a} → {b}' },
  'diff-same': { 'zh-CN': '两者内容相同', en: 'The two are the same' },
  'diff-items': { 'zh-CN': '条目', en: 'Items' },
  'diff-sections': { 'zh-CN': '章节', en: 'Sections' },
  'diff-levels': { 'zh-CN': '等级', en: 'Levels' },
  'diff-components': { 'zh-CN': '组成标准', en: 'Components' },
  'diff-fields': { 'zh-CN': '总体设置', en: 'Settings' },
  'diff-added': { 'zh-CN': '新增', en: 'added' },
  'diff-removed': { 'zh-CN': '删除', en: 'removed' },
  'diff-changed': { 'zh-CN': '修改', en: 'changed' },
  'diff-counts': { 'zh-CN': '条目：新增 {added}，删除 {removed}，修改 {changed}', en: 'Items: {added} added, {removed} removed, {changed} changed' },
} as const satisfies Record<string, LocalText>;

export type MessageCode = keyof typeof messages;

export const stationLevelNames: Record<string, LocalText> = {
  county: { 'zh-CN': '县（市、区）', en: 'county' },
  town: { 'zh-CN': '镇（街道）', en: 'town' },
  village: { 'zh-CN': '村（社区）', en: 'village' },
  enterprise: { 'zh-CN': '企业', en: 'enterprise' },
};

/** Fills a template: `{name}` → params.name. Unknown codes fall back to the code itself. */
export function formatMessage(code: string, params: Params | undefined, locale: Locale): string {
  const entry = (messages as Record<string, LocalText>)[code];
  const template = entry ? entry[locale] : code;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined || v === null) return '';
    if (name === 'level' && typeof v === 'string' && stationLevelNames[v]) return stationLevelNames[v][locale];
    return String(v);
  });
}

/** Both languages of one message. */
export function localText(code: string, params?: Params): LocalText {
  return { 'zh-CN': formatMessage(code, params, 'zh-CN'), en: formatMessage(code, params, 'en') };
}
