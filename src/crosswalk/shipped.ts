/** The crosswalks shipped with the standards (standards/<id>/<from>-to-<to>.crosswalk.json), bundled. Pure. */
import type { Crosswalk } from '../types/crosswalk.js';
import { SHIPPED_CROSSWALK_TEXTS } from './shipped-data.js';

let parsed: readonly Crosswalk[] | null = null;

/** Every shipped crosswalk, in file-name order (they are checked against their versions by the tests). */
export function shippedCrosswalks(): readonly Crosswalk[] {
  parsed ??= Object.values(SHIPPED_CROSSWALK_TEXTS).map((text) => JSON.parse(text) as Crosswalk);
  return parsed;
}
