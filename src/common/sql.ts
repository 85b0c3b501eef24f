import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A piece of SQL with its parameters, written with the `sql` tag. Each `${value}` becomes a
 * parameter (an array becomes a list, for `in (${ids})`), a nested `Sql` becomes part of the
 * text with its own parameters, so conditions can be built apart and put together in order.
 * The only way to put text into a statement unparameterised is `sql.trusted`, for constants of
 * the code (column lists), never for input.
 */
export class Sql {
  private constructor(
    readonly text: string,
    readonly values: readonly unknown[],
  ) {}

  /** @internal The tag and its helpers build statements; nothing else does. */
  static of(text: string, values: readonly unknown[]): Sql {
    return new Sql(text, values);
  }
}

/** SQL with `${value}` parameters; see `Sql`. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((value, index) => {
    if (value instanceof Sql) {
      text += value.text;
      params.push(...value.values);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1]!;
  });
  for (const part of strings) {
    // A literal "?" would be taken for a placeholder (MikroORM formats "?" client-side).
    if (part.includes('?')) throw new Error(`A literal "?" in SQL: ${part.trim()}`);
  }
  return Sql.of(text, params);
}

/** SQL text from the code itself (a column list, a constant expression); never input. */
sql.trusted = (text: string): Sql => {
  if (text.includes('?')) throw new Error(`A literal "?" in SQL: ${text.trim()}`);
  return Sql.of(text, []);
};

/** The parts joined by the separator (`sql.join(conditions, ' and ')`); `empty` for none. */
sql.join = (parts: readonly Sql[], separator: string, empty: Sql = sql``): Sql => {
  if (parts.length === 0) return empty;
  return Sql.of(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.values),
  );
};

/** The rows a statement returns (`select`, or `insert … returning`). */
export function rowsOf<Row extends object>(em: EntityManager, statement: Sql): Promise<Row[]> {
  return em.execute<Row[]>(statement.text, [...statement.values]);
}

/** The first row a statement returns, or null. */
export async function rowOf<Row extends object>(
  em: EntityManager,
  statement: Sql,
): Promise<Row | null> {
  return (await rowsOf<Row>(em, statement))[0] ?? null;
}

/** Runs a statement that returns no rows; the number of rows it changed. */
export async function run(em: EntityManager, statement: Sql): Promise<number> {
  const result = await em.execute<{ affectedRows: number }>(
    statement.text,
    [...statement.values],
    'run',
  );
  return result.affectedRows;
}

/** A timestamp column as the driver returns it (text, or a Date) as a Date. */
export function date(value: unknown): Date {
  return new Date(value as string | Date);
}

/** A nullable timestamp column as a Date, or null. */
export function dateOrNull(value: unknown): Date | null {
  return value == null ? null : date(value);
}
