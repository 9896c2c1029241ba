import {
  relationshipId,
  RELATIONSHIP_TYPES,
  RelationshipType,
  TieBetween,
  TRUST_RELATIONSHIP_TYPES,
  ValidRelationship,
  VISIBILITIES,
  Visibility,
} from '@koppel/domain';

/**
 * Every trust relationship of a graph at one version, compact: node ids once, relationships as
 * typed arrays (about 40 bytes each), and an adjacency index (CSR), so a walk between two nodes
 * runs in memory in well under a millisecond instead of reading thousands of rows. A store keeps
 * one per graph version and builds the next after a write (see TrustSnapshotBuilder).
 *
 * Only what a search for warm paths weighs is kept: type, ends, key, visibility, strength, last
 * active date, confidence and year. The few relationships on the paths chosen are read in full.
 */
export class TrustSnapshot {
  private readonly degreesByScope = new Map<string, Int32Array>();

  constructor(
    /** Node ids by position; only nodes with a trust relationship have one. */
    readonly nodeIds: readonly string[],
    readonly positionOf: ReadonlyMap<string, number>,
    private readonly columns: TrustColumns,
    /** Relationships of node p: incident[offsets[p] .. offsets[p + 1]). */
    private readonly offsets: Int32Array,
    private readonly incident: Int32Array,
  ) {}

  get size(): number {
    return this.columns.from.length;
  }

  /** Bytes held by the typed arrays (node ids and keys aside). */
  get typedBytes(): number {
    const c = this.columns;
    return [c.from, c.to, c.type, c.visibility, c.strength, c.confidence, c.activeDay, c.year, this.offsets, this.incident].reduce(
      (sum, array) => sum + array.byteLength,
      0,
    );
  }

  /**
   * Calls `visit` with each relationship in scope at node `position`, by its number: a callback,
   * not a generator, since walks call this in their hottest loops.
   */
  forEachEdgeAt(position: number, scope: SnapshotScope, visit: (edge: number) => void): void {
    const { type, visibility } = this.columns;
    const { typeMask, visibilityMask } = scope;
    for (let i = this.offsets[position]; i < this.offsets[position + 1]; i++) {
      const edge = this.incident[i];
      if ((typeMask >>> type[edge]) & 1 && (visibilityMask >>> visibility[edge]) & 1) visit(edge);
    }
  }

  /** The end of `edge` that is not node `position`. */
  otherEnd(edge: number, position: number): number {
    const from = this.columns.from[edge];
    return from === position ? this.columns.to[edge] : from;
  }

  from(edge: number): number {
    return this.columns.from[edge];
  }

  to(edge: number): number {
    return this.columns.to[edge];
  }

  /** Each node's number of relationships in scope, counted once per scope and snapshot. */
  degrees(scope: SnapshotScope): Int32Array {
    const name = `${scope.typeMask}:${scope.visibilityMask}`;
    let degrees = this.degreesByScope.get(name);
    if (!degrees) {
      degrees = new Int32Array(this.nodeIds.length);
      const { from, to, type, visibility } = this.columns;
      for (let edge = 0; edge < from.length; edge++) {
        if ((scope.typeMask >>> type[edge]) & 1 && (scope.visibilityMask >>> visibility[edge]) & 1) {
          degrees[from[edge]]++;
          degrees[to[edge]]++;
        }
      }
      this.degreesByScope.set(name, degrees);
    }
    return degrees;
  }

  /** The relationship as a path search weighs it. */
  tie(edge: number): TieBetween {
    const c = this.columns;
    const type = RELATIONSHIP_TYPES[c.type[edge]];
    const from = this.nodeIds[c.from[edge]];
    const to = this.nodeIds[c.to[edge]];
    const key = c.keys.get(edge);
    const strength = c.strength[edge];
    const day = c.activeDay[edge];
    const year = c.year[edge];
    return {
      id: relationshipId({ type, from, to, key }),
      type,
      from,
      to,
      ...(key !== undefined ? { key } : {}),
      ...(Number.isNaN(strength) ? {} : { strength }),
      ...(day === NO_DAY ? {} : { lastActiveAt: new Date(day * DAY_MS).toISOString().slice(0, 10) }),
      confidence: c.confidence[edge],
      ...(year === 0 ? {} : { year }),
    };
  }
}

/** A relationship read in full, as a path search weighs it: what TrustSnapshot.tie answers. */
export function tieOf(relationship: ValidRelationship): TieBetween {
  const { id, type, from, to, key, strength, lastActiveAt, confidence, year } = relationship;
  return {
    id,
    type,
    from,
    to,
    ...(key !== undefined ? { key } : {}),
    ...(strength !== undefined ? { strength } : {}),
    ...(lastActiveAt !== undefined ? { lastActiveAt } : {}),
    confidence,
    ...(year !== undefined ? { year } : {}),
  };
}

/** Which relationships a walk follows, as bit masks over type and visibility codes. */
export interface SnapshotScope {
  typeMask: number;
  visibilityMask: number;
}

/** Missing or empty lists mean no restriction, as in every store read. */
export function snapshotScope(scope: { types?: readonly RelationshipType[]; visibilities?: readonly Visibility[] }): SnapshotScope {
  const types = scope.types?.length ? scope.types : RELATIONSHIP_TYPES;
  return {
    typeMask: types.reduce((mask, type) => mask | (1 << RELATIONSHIP_TYPES.indexOf(type)), 0),
    // A relationship without a known visibility (UNKNOWN_VISIBILITY) passes only when none is asked.
    visibilityMask: scope.visibilities?.length
      ? scope.visibilities.reduce((mask, visibility) => mask | (1 << VISIBILITIES.indexOf(visibility)), 0)
      : ALL_BITS,
  };
}

interface TrustColumns {
  from: Int32Array;
  to: Int32Array;
  /** Index in RELATIONSHIP_TYPES. */
  type: Uint8Array;
  /** Index in VISIBILITIES, or UNKNOWN_VISIBILITY. */
  visibility: Uint8Array;
  /** NaN: not given. */
  strength: Float64Array;
  confidence: Float64Array;
  /** Days since 1970-01-01, or NO_DAY. */
  activeDay: Int32Array;
  /** 0: not given. */
  year: Int16Array;
  /** The few relationships with a key. */
  keys: Map<number, string>;
}

const ALL_BITS = 0xff;
const UNKNOWN_VISIBILITY = VISIBILITIES.length;
const NO_DAY = -0x80000000;
const DAY_MS = 86_400_000;

/** One trust relationship as a store reads it; absent properties null. */
export interface TrustRow {
  from: string;
  to: string;
  type: string;
  key: string | null;
  visibility: string | null;
  strength: number | null;
  lastActiveAt: string | null;
  confidence: number | null;
  year: number | null;
}

/**
 * Collects a graph's trust relationships one by one into growing typed arrays, then freezes them
 * into a TrustSnapshot. Built once per graph version from 10^5 to 10^6 rows, so it avoids an
 * object per row: dates are parsed once per distinct date, node ids looked up once per row end.
 */
export class TrustSnapshotBuilder {
  private readonly nodeIds: string[] = [];
  private readonly positionOf = new Map<string, number>();
  private readonly days = new Map<string, number>();
  private readonly keys = new Map<number, string>();
  private count = 0;
  private from = new Int32Array(1024);
  private to = new Int32Array(1024);
  private type = new Uint8Array(1024);
  private visibility = new Uint8Array(1024);
  private strength = new Float64Array(1024);
  private confidence = new Float64Array(1024);
  private activeDay = new Int32Array(1024);
  private year = new Int16Array(1024);

  /** Adds one relationship; one of another type than the trust types is left out. */
  add(row: TrustRow): void {
    const type = TYPE_CODES.get(row.type);
    if (type === undefined) return;
    if (this.count === this.from.length) this.grow();
    const edge = this.count++;
    this.from[edge] = this.position(row.from);
    this.to[edge] = this.position(row.to);
    this.type[edge] = type;
    this.visibility[edge] = VISIBILITY_CODES.get(row.visibility as string) ?? UNKNOWN_VISIBILITY;
    this.strength[edge] = typeof row.strength === 'number' ? row.strength : NaN;
    this.confidence[edge] = typeof row.confidence === 'number' ? row.confidence : 1;
    this.activeDay[edge] = typeof row.lastActiveAt === 'string' ? this.day(row.lastActiveAt) : NO_DAY;
    this.year[edge] = typeof row.year === 'number' ? row.year : 0;
    if (row.key) this.keys.set(edge, row.key);
  }

  build(): TrustSnapshot {
    const nodes = this.nodeIds.length;
    const count = this.count;
    const from = this.from.slice(0, count);
    const to = this.to.slice(0, count);
    const offsets = new Int32Array(nodes + 1);
    for (let edge = 0; edge < count; edge++) {
      offsets[from[edge] + 1]++;
      offsets[to[edge] + 1]++;
    }
    for (let p = 0; p < nodes; p++) offsets[p + 1] += offsets[p];
    const fill = offsets.slice(0, nodes);
    const incident = new Int32Array(count * 2);
    for (let edge = 0; edge < count; edge++) {
      incident[fill[from[edge]]++] = edge;
      incident[fill[to[edge]]++] = edge;
    }
    const columns: TrustColumns = {
      from,
      to,
      type: this.type.slice(0, count),
      visibility: this.visibility.slice(0, count),
      strength: this.strength.slice(0, count),
      confidence: this.confidence.slice(0, count),
      activeDay: this.activeDay.slice(0, count),
      year: this.year.slice(0, count),
      keys: this.keys,
    };
    return new TrustSnapshot(this.nodeIds, this.positionOf, columns, offsets, incident);
  }

  private grow(): void {
    const larger = <T extends Int32Array | Uint8Array | Float64Array | Int16Array>(array: T): T => {
      const next = new (array.constructor as new (length: number) => T)(array.length * 2);
      next.set(array);
      return next;
    };
    this.from = larger(this.from);
    this.to = larger(this.to);
    this.type = larger(this.type);
    this.visibility = larger(this.visibility);
    this.strength = larger(this.strength);
    this.confidence = larger(this.confidence);
    this.activeDay = larger(this.activeDay);
    this.year = larger(this.year);
  }

  private day(date: string): number {
    let day = this.days.get(date);
    if (day === undefined) this.days.set(date, (day = Math.floor(Date.parse(date) / DAY_MS)));
    return day;
  }

  private position(id: string): number {
    let position = this.positionOf.get(id);
    if (position === undefined) {
      position = this.nodeIds.length;
      this.nodeIds.push(id);
      this.positionOf.set(id, position);
    }
    return position;
  }
}

const TYPE_CODES = new Map<string, number>(TRUST_RELATIONSHIP_TYPES.map((type) => [type, RELATIONSHIP_TYPES.indexOf(type)]));
const VISIBILITY_CODES = new Map<string, number>(VISIBILITIES.map((visibility, code) => [visibility, code]));
