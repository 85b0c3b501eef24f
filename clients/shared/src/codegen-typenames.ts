import { Kind, visit, type DocumentNode } from 'graphql';

type Documents = { documents: Array<{ document?: DocumentNode }> };

/**
 * A GraphQL Code Generator document transform (codegen.config.ts of both clients) that asks for
 * `__typename` where urql's `formatDocument` adds it to what it sends: in every selection set but
 * an operation's own. urql's cache reads the type names of an answer to know which queries a
 * mutation makes stale; a document the app sends by id is run as its build listed it, so the
 * listed text must ask for them itself. The client preset's own transform also asks at the
 * operation's root, which would give every result type a `__typename` no page reads.
 */
export const urqlTypenames = {
  transform({ documents }: Documents) {
    return documents.map((each) => ({
      ...each,
      document:
        each.document &&
        visit(each.document, {
          SelectionSet(node, _key, parent) {
            const isRoot =
              !!parent && !Array.isArray(parent) && 'kind' in parent
                ? parent.kind === Kind.OPERATION_DEFINITION
                : false;
            const asked = node.selections.some(
              (selection) =>
                selection.kind === Kind.FIELD &&
                selection.name.value === '__typename' &&
                !selection.alias,
            );
            if (isRoot || asked) return undefined;
            return {
              ...node,
              selections: [
                ...node.selections,
                { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
              ],
            };
          },
        }),
    }));
  },
};
