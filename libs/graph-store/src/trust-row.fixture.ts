import type { TrustRow } from './trust-snapshot';

/** A trust relationship row as a snapshot is built from: a public KNOWS with no tie facts, unless `extra` says otherwise. */
export const trustRow = (from: string, to: string, extra: Partial<TrustRow> = {}): TrustRow => ({
  from,
  to,
  type: 'KNOWS',
  key: null,
  visibility: 'PUBLIC',
  strength: null,
  lastActiveAt: null,
  confidence: null,
  year: null,
  ...extra,
});
