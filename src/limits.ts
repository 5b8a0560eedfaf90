/**
 * Every limit the readers enforce, in one place. The README's "Limits / 限制" table lists the same
 * figures (a test compares them). Each limit, when passed, gives a located error naming the limit;
 * nothing is read half-way.
 */
export const LIMITS = {
  /** Largest input file (YAML, JSON, CSV, XLSX; a standard, scheme, inspection or stored evaluation), in bytes. */
  fileBytes: 8 * 1024 * 1024,
  /** Most YAML alias expansions in one file ("billion laughs"). */
  yamlAliases: 200,
  /** Deepest nesting of maps and lists in a YAML or JSON document. */
  nestingDepth: 64,
  /** Largest decompressed part (one XML file inside an .xlsx), in bytes. */
  xlsxPartBytes: 32 * 1024 * 1024,
  /** Largest total of all decompressed parts of an .xlsx, in bytes. */
  xlsxTotalBytes: 96 * 1024 * 1024,
  /** Most parts (files) inside an .xlsx. */
  xlsxParts: 1000,
  /** Most rows read from one CSV file or worksheet. */
  tableRows: 20_000,
  /** Most answers in one inspection. */
  answers: 5_000,
  /** Longest line of an NDJSON file (one record), in bytes. */
  lineBytes: 8 * 1024 * 1024,
} as const;

export type LimitName = keyof typeof LIMITS;
