/**
 * Sign-off of an inspection: each review records the hash of what it reviewed, so a later change is
 * found. Review k's hash is the content hash (src/standard/hash.ts) of the document whose `reviews`
 * hold the reviews before k and review k without its `hash`, and no `stage`: changing the answers, an
 * earlier review or the review itself changes it; adding a later review, or moving the document's
 * `stage` on (each review records its own stage), does not.
 */
import { contentHash } from '../standard/hash.js';
import type { Review } from '../types/inspection.js';

/** A document that carries reviews (an inspection or an evaluation). */
export type ReviewedDocument = Record<string, unknown> & { reviews?: Review[] };

/** The hash review `index` of `doc` must carry. */
export function reviewHash(doc: ReviewedDocument, index: number): string {
  const reviews = doc.reviews ?? [];
  const { hash: _own, ...self } = reviews[index];
  const { stage: _stage, ...content } = doc;
  return contentHash({ ...content, reviews: [...reviews.slice(0, index), self] });
}

/** The document with one more review, its hash filled in. The document given is not changed. */
export function signReview<T extends ReviewedDocument>(doc: T, review: Omit<Review, 'hash'>): T {
  const reviews = [...(doc.reviews ?? []), { ...review, hash: '' } as Review];
  const next = { ...doc, reviews };
  reviews[reviews.length - 1] = { ...review, hash: reviewHash(next, reviews.length - 1) } as Review;
  return next;
}

export interface ReviewCheck {
  index: number;
  review: Review;
  ok: boolean;
  expected: string;
}

/** Each review, and whether the document still matches what it reviewed. */
export function verifyReviews(doc: ReviewedDocument): ReviewCheck[] {
  return (doc.reviews ?? []).map((review, index) => {
    const expected = reviewHash(doc, index);
    return { index, review, ok: expected === review.hash, expected };
  });
}
