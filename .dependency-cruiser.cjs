/**
 * Layer rules (docs/architecture.md), checked in CI by `npm run lint:deps`:
 * - the core (check types, standard compile, scoring, rating, gap, evaluate) is pure: no `node:`
 *   module and nothing from the edge (file reading, batch, CLI, report readers);
 * - a lower stage never imports a higher one;
 * - no two folders import each other (no folder cycles).
 */
const CORE = [
  '^src/checks/',
  '^src/scoring/',
  '^src/rating/',
  '^src/gap/',
  '^src/evaluate\\.ts$',
  // src/standard/ except the modules that find and read files
  '^src/standard/(?!(document|load|refs)\\.ts$)',
];
const EDGE = [
  '^src/io/',
  '^src/batch/',
  '^src/cli/',
  '^src/standard/(document|load|refs)\\.ts$',
  '^src/inspection/read',
  '^src/inspection/form\\.ts$',
  '^src/report/(inputs|stored)\\.ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-no-node',
      severity: 'error',
      comment: 'The core runs in Node and in a browser: no node: module (issue 10.4).',
      from: { path: CORE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-edge',
      severity: 'error',
      comment: 'The core does no I/O: it imports nothing from the edge (file reading, batch, CLI, report readers).',
      from: { path: CORE },
      to: { path: EDGE },
    },
    {
      name: 'checks-ground-floor',
      severity: 'error',
      comment: 'src/checks/ is the ground floor: it imports only types and the message catalogue.',
      from: { path: '^src/checks/' },
      to: { path: '^src/', pathNot: ['^src/checks/', '^src/types/', '^src/i18n/'] },
    },
    {
      name: 'scoring-below-rating',
      severity: 'error',
      comment: 'scoring/ knows nothing of levels or plans; rating/ never imports gap/.',
      from: { path: '^src/(scoring|standard|checks)/' },
      to: { path: ['^src/rating/', '^src/gap/', '^src/evaluate\\.ts$'] },
    },
    {
      name: 'rating-below-gap',
      severity: 'error',
      from: { path: '^src/rating/' },
      to: { path: ['^src/gap/', '^src/evaluate\\.ts$'] },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'No two folders import each other, directly or through others.',
      scope: 'folder',
      // TEMPORARY: report/ <-> inspection/ (and review/ through them) until the `arch-io` branch moves
      // file reading into src/io/ (issue 10.2); remove this pathNot when it lands in main.
      from: { pathNot: '^src/(inspection|report|review)$' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.json'] },
  },
};
