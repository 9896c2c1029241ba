import neo4j from 'neo4j-driver';
import type { HubRule, WalkEdge, WalkReads } from '../walks-between';
import * as cypher from './neo4j-queries';
import { scopeParams } from './neo4j-scope-params';

type Read = <T>(query: string, params: Record<string, unknown>, map: (record: { get(key: string): unknown }) => T) => Promise<T[]>;

/** walksBetween's reads on Neo4j: one statement each, answering element ids and ends only. */
export class Neo4jWalkReads implements WalkReads<WalkEdge> {
  constructor(private readonly read: Read) {}

  async expand(ids: readonly string[], rule: HubRule): Promise<{ relationships: WalkEdge[]; expanded: string[] }> {
    const [answer] = await this.read(cypher.WALK_EXPAND, { ids, ...ruleParams(rule) }, (record) => ({
      expanded: record.get('expanded') as string[],
      relationships: record.get('relationships') as WalkEdge[],
    }));
    return answer ?? { expanded: [], relationships: [] };
  }

  async meet(near: readonly string[], far: readonly string[], rule: HubRule): Promise<{ relationships: WalkEdge[]; passable: string[] }> {
    const [answer] = await this.read(cypher.WALK_MEET, { near, far, ...ruleParams(rule) }, (record) => ({
      passable: record.get('passable') as string[],
      relationships: record.get('relationships') as WalkEdge[],
    }));
    return answer ?? { passable: [], relationships: [] };
  }
}

function ruleParams(rule: HubRule) {
  return { ...scopeParams(rule), ends: rule.ends, maxDegree: neo4j.int(rule.maxDegree) };
}

