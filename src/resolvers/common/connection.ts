import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../../catalogue/catalogue.service.js';
import type { Language } from '../../common/language.js';
import { translate } from '../../i18n/messages.js';
import { badArgument } from './arguments.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({
  description: 'Where a page lies in its list (Relay cursor connections).',
  simpleResolvers: true,
})
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
    simpleResolvers: true,
  })
  class EdgeType {
    @Field({ description: 'Opaque position of this item, for `after`.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item.' })
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} objects.`,
    simpleResolvers: true,
  })
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

/**
 * One kind of opaque cursor: `kind:part:part…` in base64url. `read` turns the parts back into a
 * position or null; a cursor that does not write back to itself was not issued by this API and is
 * a bad argument that names the argument.
 */
export function cursorCodec<TPosition>(
  kind: string,
  write: (position: TPosition) => ReadonlyArray<string | number>,
  read: (parts: string[]) => TPosition | null,
) {
  const prefix = `${kind}:`;
  const encode = (position: TPosition): string =>
    Buffer.from(`${prefix}${write(position).join(':')}`).toString('base64url');
  const decode = (cursor: string, argument: string, lang: Language): TPosition => {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    const position = text.startsWith(prefix) ? read(text.slice(prefix.length).split(':')) : null;
    if (position === null || encode(position) !== cursor) {
      throw badArgument(argument, translate(lang, 'error.invalidCursor'));
    }
    return position;
  };
  return { encode, decode };
}

/** A cursor that is one whole number, at least 0. */
export function numberCursor(kind: string) {
  return cursorCodec<number>(
    kind,
    (value) => [value],
    ([value, ...rest]) => {
      const number = Number(value);
      return rest.length === 0 && Number.isSafeInteger(number) && number >= 0 ? number : null;
    },
  );
}

/** How many items a page may take (`first` or `last`): 0 to MAX_PAGE_SIZE, else a bad argument. */
export function pageSize(
  value: number | null | undefined,
  lang: Language,
  { argument = 'first', fallback = DEFAULT_PAGE_SIZE } = {},
): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badArgument(argument, translate(lang, 'error.invalidPageSize', { max: MAX_PAGE_SIZE }));
  }
  return size;
}

const offsetCursor = numberCursor('offset');

/**
 * The page that `first` and `after` ask for. Cursors are positions in the ordered list: right for
 * the catalogue, whose order changes only when an admin edits it.
 */
export function requestedPage(
  args: { first?: number | null; after?: string | null },
  lang: Language,
): Page {
  const first = pageSize(args.first, lang);
  if (args.after == null) return { offset: 0, limit: first };
  return { offset: offsetCursor.decode(args.after, 'after', lang) + 1, limit: first };
}

export function toConnection<TNode>(
  nodes: TNode[],
  page: Page,
  totalCount: number,
): Connection<TNode> {
  const edges = nodes.map((node, index) => ({
    cursor: offsetCursor.encode(page.offset + index),
    node,
  }));
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
