import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Page } from '@koppel/graph-store';
import { encodeCursor, SortKey } from '@koppel/graph-store';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'True when there are more items after this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for items of `itemType`, named `<name>Connection`. */
export function ConnectionType<T>(itemType: abstract new (...args: never[]) => T, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} item of a page, with its cursor.` })
  class EdgeType {
    @Field(() => itemType, { description: 'The item.' })
    node!: T;

    @Field({ description: 'Pass as `after` to continue after this item.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Whether there are more, and the cursor to get them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, over all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** A store page as a connection; `sortKey` is the one the store ordered the items by. */
export function toConnection<T>(page: Page<T>, sortKey: (item: T) => SortKey): Connection<T> {
  return {
    edges: page.items.map((node) => ({ node, cursor: encodeCursor(sortKey(node)) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
