/** The crosswalks shipped with the standards (standards/<id>/<from>-to-<to>.crosswalk.json), bundled. */
import type { Crosswalk } from '../types/crosswalk.js';

let parsed: readonly Crosswalk[] | null = null;

/**
 * Every shipped crosswalk, in file-name order (each is checked against its two versions by the
 * tests). Their data loads on the first call only (as the shipped standards' does), so the entry
 * that never asks for them does not carry them.
 */
export async function shippedCrosswalks(): Promise<readonly Crosswalk[]> {
  if (!parsed) {
    const { SHIPPED_CROSSWALK_TEXTS } = await import('./shipped-data.js');
    parsed = Object.values(SHIPPED_CROSSWALK_TEXTS).map((text) => JSON.parse(text) as Crosswalk);
  }
  return parsed;
}
