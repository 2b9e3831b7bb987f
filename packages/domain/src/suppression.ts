import { DomainError } from './errors.ts';

/**
 * small-count suppression for figures that leave the table (exports, council reports).
 *
 * Primary: a count from 1 up to the threshold minus one is shown as "< threshold"; 0 and counts at or above
 * the threshold are shown. Secondary: a suppressed cell must not be derivable from a published total, so in
 * every relation "total = sum of parts" either nothing is suppressed or at least two entries are (the smallest
 * other non-zero part is suppressed as well, or else the total). Relations may share entries (rows and columns
 * of a table, a grand total over row totals); the rule is applied until nothing changes.
 */

/** The installation default (ZVT-E.2, X-5). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** Why a count is hidden on export. */
export type SuppressionReason = 'small-count' | 'derivable';

export interface CountEntry {
  readonly id: string;
  readonly value: number;
}

/** `total` equals the sum of `parts` (ids of counts or of other totals). */
export interface SumRelation {
  readonly total: string;
  readonly parts: readonly string[];
}

export interface SuppressedCount {
  readonly id: string;
  readonly value: number;
  /** Undefined when the count may be shown. */
  readonly suppressed: SuppressionReason | undefined;
}

/** Throws unless the threshold is a whole number of at least 2 (a threshold of 1 suppresses nothing). */
export function assertSuppressionThreshold(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < 2) {
    throw new DomainError('invalid-argument', `De drempel voor kleine aantallen moet een geheel getal van minstens 2 zijn (nu ${String(threshold)}).`);
  }
  return threshold;
}

/** X-5 primary rule for one count. */
export function isSmallCount(value: number, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): boolean {
  return value >= 1 && value < threshold;
}

/** How a count appears in anything that leaves the table: the number, or "< threshold". */
export function formatSuppressed(count: Pick<SuppressedCount, 'value' | 'suppressed'>, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): string {
  return count.suppressed === undefined ? String(count.value) : `< ${String(threshold)}`;
}

/**
 * Applies primary and secondary suppression to a set of counts and the sums between them.
 *
 * @param entries - every count and every total, each with a unique id
 * @param relations - which totals are sums of which entries
 * @param threshold - counts from 1 to threshold − 1 are suppressed
 * @returns the entries in the given order, each marked with why it is hidden (if it is)
 */
export function suppressCounts(entries: readonly CountEntry[], relations: readonly SumRelation[], threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): SuppressedCount[] {
  assertSuppressionThreshold(threshold);
  const byId = new Map<string, CountEntry>();
  for (const entry of entries) {
    if (!Number.isInteger(entry.value) || entry.value < 0) throw new DomainError('invalid-argument', `Aantal ${entry.id} is geen geheel getal ≥ 0.`);
    if (byId.has(entry.id)) throw new DomainError('invalid-argument', `Aantal ${entry.id} komt twee keer voor.`);
    byId.set(entry.id, entry);
  }
  for (const relation of relations) {
    for (const id of [relation.total, ...relation.parts]) {
      if (!byId.has(id)) throw new DomainError('invalid-argument', `Onbekend aantal ${id} in een som.`);
    }
  }
  const reason = new Map<string, SuppressionReason>();
  for (const entry of entries) if (isSmallCount(entry.value, threshold)) reason.set(entry.id, 'small-count');

  const valueOf = (id: string) => byId.get(id)?.value ?? 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      const line = [relation.total, ...relation.parts];
      const hidden = line.filter((id) => reason.has(id));
      if (hidden.length !== 1) continue;
      // The one hidden entry would follow from the others: hide one more. Prefer the smallest non-zero part
      // (least information lost, and a hidden zero protects nothing), then the total, then any part.
      const candidates = relation.parts.filter((id) => !reason.has(id));
      const nonZero = candidates.filter((id) => valueOf(id) > 0).sort((a, b) => valueOf(a) - valueOf(b) || a.localeCompare(b));
      const pick = nonZero[0] ?? (reason.has(relation.total) ? candidates[0] : relation.total);
      if (pick === undefined) continue;
      reason.set(pick, 'derivable');
      changed = true;
    }
  }
  return entries.map((entry) => ({ id: entry.id, value: entry.value, suppressed: reason.get(entry.id) }));
}
