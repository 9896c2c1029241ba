import neo4j, { Driver } from 'neo4j-driver';
import { TrustSnapshot, TrustSnapshotBuilder } from '../trust-snapshot';
import * as cypher from './neo4j-queries';

/** Trust graphs this large are read again in the background after a write (see Neo4jTrustSnapshots). */
export const READ_IN_BACKGROUND_FROM = 20_000;

interface Labelled {
  version: string | null;
  snapshot: TrustSnapshot;
}

/**
 * The trust graph of the Neo4j database as a TrustSnapshot, kept while the graph version stays
 * the same (the `(:KoppelGraphVersion)` token every graph write changes in its own transaction,
 * BUMP_GRAPH_VERSION), so it holds across processes and cluster members. Every call costs one
 * statement (the version and whether the ends exist); after a write the next call reads the
 * trust graph again, in one transaction that reads the version first, so what is kept is never
 * older than its label. Calls arriving while that read runs wait for the same read.
 *
 * Reading a large trust graph takes a while (about half a second per 100k relationships), so
 * once one of at least `backgroundFrom` relationships is kept, a call that finds it stale does
 * not wait: it is answered from the database (`snapshot: null`, the caller walks there) while the
 * new version is read in the background, and the calls after that read use it again.
 */
export class Neo4jTrustSnapshots {
  private kept: Labelled | null = null;
  /** The read running, started after `seen` was the version: it reads a graph at least that new. */
  private loading: { seen: string; read: Promise<Labelled> } | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly backgroundFrom: number = READ_IN_BACKGROUND_FROM,
  ) {}

  /**
   * The trust graph kept and the version it is of, without asking the database: a caller that
   * reads the version anyway (GRAPH_VERSION_AND_DETAILS) searches it first and checks after.
   */
  get latest(): { version: string; snapshot: TrustSnapshot } | null {
    const kept = this.kept;
    return kept && kept.version !== null ? { version: kept.version, snapshot: kept.snapshot } : null;
  }

  /** The trust graph at the current version, or null to walk in the database; and which of `ids` are nodes. */
  async current(ids: readonly string[]): Promise<{ snapshot: TrustSnapshot | null; found: string[] }> {
    const { records } = await this.driver.executeQuery(cypher.GRAPH_VERSION_AND_NODES, { ids }, { routing: neo4j.routing.READ });
    const version = records[0].get('version') as string | null;
    const found = records[0].get('found') as string[];
    const kept = this.kept;
    if (kept && version !== null && kept.version === version) return { snapshot: kept.snapshot, found };
    // A failed background read is tried again by the next call that finds the snapshot stale.
    const reading = this.load(version);
    if (kept && version !== null && kept.snapshot.size >= this.backgroundFrom) return { snapshot: null, found };
    return { snapshot: (await reading).snapshot, found };
  }

  /**
   * Reads the trust graph, or waits for a read started after the same version was seen: one
   * started earlier might miss the write this caller saw (its own, say), so it is not shared.
   */
  private load(seen: string | null): Promise<Labelled> {
    // A database never written through Koppel has no version: each caller reads for itself.
    if (seen === null) return this.read();
    if (this.loading?.seen === seen) return this.loading.read;
    const read = this.read().then((labelled) => {
      if (labelled.version !== null) this.kept = labelled;
      return labelled;
    });
    const loading = { seen, read };
    this.loading = loading;
    const done = () => {
      if (this.loading === loading) this.loading = null;
    };
    read.then(done, done);
    return read;
  }

  private async read(): Promise<Labelled> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) => {
        const first = await tx.run(cypher.GRAPH_VERSION);
        const version = (first.records[0]?.get('version') as string | null) ?? null;
        const builder = new TrustSnapshotBuilder();
        const rows = await tx.run(cypher.EVERY_TRUST_RELATIONSHIP);
        for (const record of rows.records) {
          builder.add({
            from: record.get(0) as string,
            to: record.get(1) as string,
            type: record.get(2) as string,
            key: record.get(3) as string | null,
            visibility: record.get(4) as string | null,
            strength: record.get(5) as number | null,
            lastActiveAt: record.get(6) as string | null,
            confidence: record.get(7) as number | null,
            year: record.get(8) as number | null,
          });
        }
        return { version, snapshot: builder.build() };
      });
    } finally {
      await session.close();
    }
  }
}
