import type Database from 'better-sqlite3';
import { TRUST_RELATIONSHIP_TYPES } from '@koppel/domain';
import { TrustSnapshot, TrustSnapshotBuilder } from '../trust-snapshot';
import type { EmbeddedGraphGeneration } from './embedded-graph-generation';

type TrustRowTuple = [string, string, string, string, string, number | null, string | null, number | null, number | null];

/**
 * The trust graph of the embedded store as a TrustSnapshot, kept while the graph generation
 * stays the same (EmbeddedGraphGeneration: any write by this connection or another process
 * changes it) and read again, in one statement, at the first call after a change. The
 * generation is taken before the read, so what is kept is never older than its label.
 */
export class EmbeddedTrustSnapshots {
  private kept: { generation: string; snapshot: TrustSnapshot } | null = null;
  private readonly everyTrustRelationship: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly generation: EmbeddedGraphGeneration,
  ) {
    this.everyTrustRelationship = db
      .prepare(
        `SELECT f.id, t.id, r.type, r.key, r.visibility,
                r.data ->> '$.strength', r.data ->> '$.lastActiveAt', r.data ->> '$.confidence', r.data ->> '$.year'
         FROM relationships r JOIN nodes f ON f.nid = r.from_nid JOIN nodes t ON t.nid = r.to_nid
         WHERE r.type IN (${TRUST_RELATIONSHIP_TYPES.map(() => '?').join(', ')})`,
      )
      .raw();
  }

  current(): TrustSnapshot {
    const generation = this.generation.current();
    if (this.kept?.generation === generation) return this.kept.snapshot;
    const builder = new TrustSnapshotBuilder();
    for (const [from, to, type, key, visibility, strength, lastActiveAt, confidence, year] of this.everyTrustRelationship.iterate(
      ...TRUST_RELATIONSHIP_TYPES,
    ) as IterableIterator<TrustRowTuple>) {
      builder.add({ from, to, type, key, visibility, strength, lastActiveAt, confidence, year });
    }
    const snapshot = builder.build();
    this.kept = { generation, snapshot };
    return snapshot;
  }
}
