import type Database from 'better-sqlite3';

/**
 * Tells a cache of graph data (nodes and relationships) whether it may still be used: a token
 * that changes whenever the graph may have changed, through this connection or any other.
 *
 * - Other connections (another process, such as a command-line import beside the API): SQLite's
 *   `PRAGMA data_version` changes when any of them commits.
 * - This connection: `total_changes()` counts every row it inserted, updated or deleted, by
 *   whichever code (upsert, deleteNode, triggers). Writes of tables that are not the graph
 *   (introductions, impressions) run through `outsideGraph`, which takes their rows back out, so
 *   recording an impression does not empty the caches.
 *
 * A token that changed when the graph did not only costs a rebuild; one that stayed the same
 * when it did would serve stale data, so every doubtful case counts as a change.
 */
export class EmbeddedGraphGeneration {
  private readonly dataVersion: Database.Statement;
  private readonly totalChanges: Database.Statement;
  private changesOutsideGraph = 0;

  constructor(db: Database.Database) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.totalChanges = db.prepare('SELECT total_changes()').pluck();
  }

  current(): string {
    const own = (this.totalChanges.get() as number) - this.changesOutsideGraph;
    return `${this.dataVersion.get() as number}:${own}`;
  }

  /** Runs a write that touches no node or relationship; the rows it changes do not count. */
  outsideGraph<T>(write: () => T): T {
    const before = this.totalChanges.get() as number;
    try {
      return write();
    } finally {
      this.changesOutsideGraph += (this.totalChanges.get() as number) - before;
    }
  }
}
