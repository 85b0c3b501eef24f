import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../../catalog/catalog.service.js';
import type { Language } from '../../common/language.js';
import { translate } from '../../i18n/messages.js';
import { badArgument } from './arguments.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page lies in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item; null when empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item, for `after`; null when empty.',
  })
  endCursor!: string | null;
}

/** `first` and `after` of a forward-paged connection; list arguments extend it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Page size: 0 to 100, default 20. More than 100 is refused.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item already seen.' })
  after?: string | null;
}

export type Edge<TNode> = { cursor: string; node: TNode };
export type Connection<TNode> = { edges: Edge<TNode>[]; pageInfo: PageInfo; totalCount: number };

/** The object types of a Relay connection of `nodeType`: `<Name>Connection` and `<Name>Edge`. */
export function connectionTypes<TNode extends object>(nodeType: ClassType<TNode>, name: string) {
  @ObjectType(`${name}Edge`, {
    description: `One item of a page of ${name} objects, with its cursor.`,
  })
  class EdgeType {
    @Field({ description: 'Opaque position of this item, for `after`.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item.' })
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, with their cursors.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page lies in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has, across all pages.' })
    totalCount!: number;
  }

  return { EdgeType, ConnectionType };
}

const CURSOR_PREFIX = 'offset:';

function cursorAt(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/**
 * The page that `first` and `after` ask for. Cursors are positions in the ordered list: right for
 * the catalogue, whose order changes only when an admin edits it.
 */
export function requestedPage(
  args: { first?: number | null; after?: string | null },
  lang: Language,
): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badArgument('first', translate(lang, 'error.invalidPageSize', { max: MAX_PAGE_SIZE }));
  }
  if (args.after == null) return { offset: 0, limit: first };
  const decoded = Buffer.from(args.after, 'base64url').toString('utf8');
  const offset = decoded.startsWith(CURSOR_PREFIX)
    ? Number(decoded.slice(CURSOR_PREFIX.length))
    : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || cursorAt(offset) !== args.after) {
    throw badArgument('after', translate(lang, 'error.invalidCursor'));
  }
  return { offset: offset + 1, limit: first };
}

export function toConnection<TNode>(
  nodes: TNode[],
  page: Page,
  totalCount: number,
): Connection<TNode> {
  const edges = nodes.map((node, index) => ({ cursor: cursorAt(page.offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasPreviousPage: page.offset > 0,
      hasNextPage: page.offset + nodes.length < totalCount,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
