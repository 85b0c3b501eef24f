import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  BREAK,
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isAbstractType,
  isInputObjectType,
  Kind,
  TypeInfo,
  typeFromAST,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type Source,
  type SourceLocation,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GraphQLContext } from '../resolvers/context.js';
import type { Logger } from './logger.js';
import { perFragment } from './fragments.js';

// Hot queries run as JavaScript compiled for their document (graphql-jit) instead of being
// interpreted field by field (docs/decisions/0010-compiled-queries.md). A clerk's inbox page is
// about 2,000 fields; compiled, the server spends a fifth less CPU on it (bench/RESULTS.md).

type Gateway = ApolloServerOptionsWithGateway<GraphQLContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
/** What Apollo hands its executor: the request, its validated document and resolved operation. */
export type ExecutorRequest = Parameters<Executor>[0];

/**
 * A compiled operation, and the defaults of its variables as a client would send them: graphql-jit
 * demands a non-null variable even when it has a default (`$assignee: InboxAssignee! = ANYONE`).
 */
export type Compiled = { query: CompiledQuery; defaults: Record<string, unknown> };

/** Variable errors reported per request; graphql-js's own default. */
const MAX_VARIABLE_ERRORS = 50;

/** One operation of one document: how often it ran, and its compiled form once it has one. */
type Operation = { runs: number; compiled: Compiled | 'interpret' | null };

/**
 * The most selections an operation may have, with every fragment spread written out, and still
 * be compiled. graphql-jit writes out each spread again, so a chain of fragments that each spread
 * the next one twice took it 5 s to compile at 24 fragments and would take hours at 30; graphql-js
 * runs such a document in a millisecond. The largest document of the web client has about 60.
 */
export const MAX_COMPILED_SELECTIONS = 2000;

/**
 * How many selections the operation has with its fragment spreads written out, counted up to
 * just past `max`; each fragment is counted once.
 */
function expandedSelections(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  max: number,
): number {
  const fragmentSelections = perFragment(document, 0, (fragment) => count(fragment.selectionSet));
  const count = (selectionSet: SelectionSetNode | undefined): number => {
    let total = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) total += 1 + count(selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += count(selection.selectionSet);
      else total += fragmentSelections(selection.name.value);
      if (total > max) return total;
    }
    return total;
  };
  return count(operation.selectionSet);
}

function variableDefaults(operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((definition) =>
      definition.defaultValue
        ? [[definition.variable.name.value, valueFromASTUntyped(definition.defaultValue)]]
        : [],
    ),
  );
}

/**
 * Whether graphql-jit may execute `operation`: it is a query of what graphql-jit was seen to
 * execute exactly as graphql-js does. Interpreted are mutations and subscriptions (not the hot
 * path), input objects as variables or literals (graphql-jit demands a required field that has a
 * default), interfaces and unions (`node` and `nodes` came back null), directives (`@skip` and
 * `@include` in fragments differ, by graphql-jit's own notes), introspection (rare, and
 * slow to compile) and operations of more than MAX_COMPILED_SELECTIONS selections.
 */
export function isCompilable(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  if (operation.operation !== 'query') return false;
  if (expandedSelections(document, operation, MAX_COMPILED_SELECTIONS) > MAX_COMPILED_SELECTIONS)
    return false;
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (!type || isInputObjectType(getNamedType(type))) return false;
  }
  const typeInfo = new TypeInfo(schema);
  let compilable = true;
  const reject = () => {
    compilable = false;
    return BREAK;
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        if (field.name.value === '__schema' || field.name.value === '__type') return reject();
        const type = typeInfo.getType();
        return type && isAbstractType(getNamedType(type)) ? reject() : undefined;
      },
      [Kind.OBJECT]: reject,
      [Kind.DIRECTIVE]: reject,
    }),
  );
  return compilable;
}

/** The offset in `source` of a line and column (both counted from 1). */
function positionIn(source: Source, { line, column }: SourceLocation): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    offset = source.body.indexOf('\n', offset) + 1;
  }
  return offset + column - 1;
}

/**
 * graphql-jit's errors as graphql-js makes them (Apollo reads `extensions` of every error, and
 * unwraps a resolver's error through `originalError` and `path`).
 */
function asGraphQLError(error: GraphQLError, source: Source | undefined): GraphQLError {
  const original = error.originalError ?? undefined;
  return new GraphQLError(error.message, {
    ...(source &&
      error.locations && {
        source,
        positions: error.locations.map((location) => positionIn(source, location)),
      }),
    ...(error.path && { path: error.path }),
    ...(original && { originalError: original }),
    ...(error.extensions && { extensions: error.extensions }),
  });
}

/**
 * graphql-js's checks of the variables, whose messages name the variable and the field inside
 * it; graphql-jit words its own differently. Null when they are valid. Past MAX_VARIABLE_ERRORS
 * graphql-js adds an error that names no variable, which Apollo does not recognise as the
 * client's: it gets the client's code here, or it would be answered as an internal error.
 */
export function variableErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError[] | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: MAX_VARIABLE_ERRORS,
  });
  return (
    coerced.errors?.map((error) =>
      error.nodes || error.extensions.code
        ? error
        : new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } }),
    ) ?? null
  );
}

/**
 * Runs a compiled operation whose variables passed `variableErrors`; its errors come back as
 * graphql-js makes them, located in `source`.
 */
export async function runCompiled(
  compiled: Compiled,
  contextValue: unknown,
  variables: Record<string, unknown> | undefined,
  source: Source | undefined,
): Promise<ExecutionResult> {
  const result = await compiled.query.query(undefined, contextValue, {
    ...compiled.defaults,
    ...variables,
  });
  return result.errors
    ? { ...result, errors: result.errors.map((error) => asGraphQLError(error, source)) }
    : result;
}

/**
 * Apollo Server's executor hook (its `gateway` option, the only one it has): every operation is
 * interpreted by graphql-js until it has run `compileAfter` times; then a compilable one
 * (`isCompilable`) is compiled once and runs compiled from then on. Compiled forms live as long
 * as Apollo keeps the parsed document (its document store) or the direct path keeps the operation
 * (at most MAX_DIRECT_OPERATIONS), so one-off documents cost no compilation and the number kept is
 * bounded. `compileAfter` null: everything is interpreted. `onCompiledRun` hears of each run of a
 * compiled form (src/server/direct-queries.ts keeps them).
 */
export function compiledExecution(
  schema: GraphQLSchema,
  {
    compileAfter,
    logger,
    compiler = compileQuery,
    onCompiledRun,
  }: {
    compileAfter: number | null;
    logger: Logger;
    compiler?: typeof compileQuery;
    onCompiledRun?: (request: ExecutorRequest, compiled: Compiled) => void;
  },
): Gateway {
  const operations = new WeakMap<DocumentNode, Map<string | null, Operation>>();

  /** The compiled form of the request's operation, once it has run `after` times; else null. */
  const compiledFor = (request: ExecutorRequest, after: number): Compiled | null => {
    let byName = operations.get(request.document);
    if (!byName) operations.set(request.document, (byName = new Map()));
    let operation = byName.get(request.operationName);
    if (!operation) byName.set(request.operationName, (operation = { runs: 0, compiled: null }));
    if (operation.compiled === null) {
      operation.runs += 1;
      if (operation.runs > after) operation.compiled = compile(request);
    }
    return operation.compiled === 'interpret' ? null : operation.compiled;
  };

  const compile = (request: ExecutorRequest): Compiled | 'interpret' => {
    if (!isCompilable(schema, request.document, request.operation)) return 'interpret';
    const started = performance.now();
    let compiled: CompiledQuery | ExecutionResult;
    try {
      compiled = compiler(schema, request.document, request.operationName ?? undefined, {
        disablingCapturingStackErrors: true,
      });
    } catch (error) {
      // A compiler failure must not break a query that graphql-js answers: it stays interpreted.
      logger.warn({ err: error, operationName: request.operationName }, 'query not compiled');
      return 'interpret';
    }
    if (!isCompiledQuery(compiled)) return 'interpret';
    const ms = Math.round((performance.now() - started) * 10) / 10;
    logger.info({ operationName: request.operationName, ms }, 'query compiled');
    return { query: compiled, defaults: variableDefaults(request.operation) };
  };

  const executor: Executor = async (request) => {
    // Without an operation to run (an unknown name), graphql-js gives the error clients know.
    const compiled =
      compileAfter === null || !request.operation ? null : compiledFor(request, compileAfter);
    // Checked here for interpreted operations too, for the error past the limit (see above).
    const errors = request.operation
      ? variableErrors(schema, request.operation, request.request.variables)
      : null;
    if (errors) return { errors };
    if (compiled) {
      onCompiledRun?.(request, compiled);
      return (await runCompiled(
        compiled,
        request.context,
        request.request.variables,
        request.document.loc?.source,
      )) as ExecutionResult<Record<string, unknown>>;
    }
    return (await execute({
      schema,
      document: request.document,
      // The name the client asked for: `request.operationName` is the resolved operation's,
      // null when none matched, and graphql-js would then run the document's only operation.
      operationName: request.request.operationName,
      variableValues: request.request.variables,
      contextValue: request.context,
    })) as ExecutionResult<Record<string, unknown>>;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
