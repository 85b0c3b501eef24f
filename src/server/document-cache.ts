import {
  parse,
  type ParseOptions,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';

type Parsed = { document: DocumentNode } | { errors: readonly GraphQLError[] };

/**
 * Parses and validates each distinct document once and keeps the result (the most recently used
 * `max` of them). Subscribers that send the same subscription share one syntax tree instead of
 * holding a copy each, and it is validated once.
 */
export function documentCache(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  parseOptions: ParseOptions = {},
  max = 1000,
) {
  const cache = new Map<string, Parsed>();
  return (source: string): Parsed => {
    const cached = cache.get(source);
    if (cached) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    let parsed: Parsed;
    try {
      const document = parse(source, parseOptions);
      const errors = validate(schema, document, [...specifiedRules, ...rules]);
      parsed = errors.length > 0 ? { errors } : { document };
    } catch (error) {
      parsed = { errors: [error as GraphQLError] };
    }
    cache.set(source, parsed);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return parsed;
  };
}
