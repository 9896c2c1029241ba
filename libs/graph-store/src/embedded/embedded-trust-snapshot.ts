import type Database from 'better-sqlite3';
import { TRUST_RELATIONSHIP_TYPES } from '@koppel/domain';
import { TrustSnapshot, TrustSnapshotBuilder } from '../trust-snapshot';
import type { EmbeddedGraphGeneration } from './embedded-graph-generation';

type TrustRowTuple = [number, number, string, string, string, number | null, string | null, number | null, number | null];

/**
 * The trust graph of the embedded store as a TrustSnapshot, kept while the graph generation
 * stays the same (EmbeddedGraphGeneration: any write by this connection or another process
 * changes it) and read again, in one statement, at the first call after a change. The
 * generation is taken before the read, so what is kept is never older than its label.
 */
export class EmbeddedTrustSnapshots {
  private kept: { generation: string; snapshot: TrustSnapshot } | null = null;
  private readonly everyNode: Database.Statement;
  private readonly everyTrustRelationship: Database.Statement;
  private readonly read: () => TrustSnapshot;

  constructor(
    db: Database.Database,
    private readonly generation: EmbeddedGraphGeneration,
  ) {
    this.everyNode = db.prepare('SELECT nid, id FROM nodes').raw();
    // Node ids are joined in here, not in SQL: two joins per row would double the time.
    this.everyTrustRelationship = db
      .prepare(
        `SELECT r.from_nid, r.to_nid, r.type, r.key, r.visibility,
                r.data ->> '$.strength', r.data ->> '$.lastActiveAt', r.data ->> '$.confidence', r.data ->> '$.year'
         FROM relationships r WHERE r.type IN (${TRUST_RELATIONSHIP_TYPES.map(() => '?').join(', ')})`,
      )
      .raw();
    // One read transaction: the nodes and the relationships of one and the same graph.
    this.read = db.transaction(() => this.readTrustGraph());
  }

  current(): TrustSnapshot {
    const generation = this.generation.current();
    if (this.kept?.generation === generation) return this.kept.snapshot;
    const snapshot = this.read();
    this.kept = { generation, snapshot };
    return snapshot;
  }

  private readTrustGraph(): TrustSnapshot {
    const idOfNid: string[] = [];
    for (const [nid, id] of this.everyNode.iterate() as IterableIterator<[number, string]>) idOfNid[nid] = id;
    const builder = new TrustSnapshotBuilder();
    for (const [fromNid, toNid, type, key, visibility, strength, lastActiveAt, confidence, year] of this.everyTrustRelationship.iterate(
      ...TRUST_RELATIONSHIP_TYPES,
    ) as IterableIterator<TrustRowTuple>) {
      builder.add({ from: idOfNid[fromNid], to: idOfNid[toNid], type, key, visibility, strength, lastActiveAt, confidence, year });
    }
    return builder.build();
  }
}
