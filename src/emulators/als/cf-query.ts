// Cloud Controller's `q` filter (VCAP::RestAPI::Query): every `q` parameter of the request counts (CC
// gathers them all since Aug 2014) and all their conditions must hold. Inside one `q`, conditions are
// joined with `;` (`;;` stands for a literal `;`), each `<key><operator><value>` split at the first
// operator, operators `:` (equals), `>=`, `<=`, `<`, `>` and ` IN ` (a comma list). Keys are limited to
// the resource's query parameters; an unknown key or a condition without an operator answers 400
// CF-BadQueryParameter.

export type CfOperator = ':' | '>=' | '<=' | '<' | '>' | ' IN ';

export interface CfCondition {
  readonly key: string;
  readonly operator: CfOperator;
  /** One value, or the comma list of ` IN `. */
  readonly values: readonly string[];
}

export type ParsedQuery = { readonly ok: true; readonly conditions: readonly CfCondition[] } | { readonly ok: false; readonly problem: string };

/** Alternatives in this order, so `>=` is not read as `>` followed by `=`. */
const OPERATOR = /(:|>=|<=|<|>| IN )/;

/** The conditions of every `q` value, in order. */
export function parseCfQuery(qs: readonly string[], allowedKeys: readonly string[]): ParsedQuery {
  const conditions: CfCondition[] = [];
  for (const segment of qs.flatMap(segmentsOf)) {
    const match = OPERATOR.exec(segment);
    if (match === null) return { ok: false, problem: segment };
    const key = segment.slice(0, match.index);
    const operator = match[1] as CfOperator;
    const value = segment.slice(match.index + operator.length);
    if (!allowedKeys.includes(key)) return { ok: false, problem: key };
    conditions.push({ key, operator, values: operator === ' IN ' ? value.split(',') : [value] });
  }
  return { ok: true, conditions };
}

/**
 * One `q` split at `;`, read left to right with `;;` as a literal `;`. Like Ruby's `String#split`,
 * trailing empty segments are dropped (so an empty `q` has none), leading and inner ones are kept.
 */
function segmentsOf(q: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < q.length; i++) {
    if (q[i] !== ';') current += q[i];
    else if (q[i + 1] === ';') {
      current += ';';
      i++;
    } else {
      segments.push(current);
      current = '';
    }
  }
  segments.push(current);
  while (segments.length > 0 && segments.at(-1) === '') segments.pop();
  return segments;
}

/** Whether a row's string attributes satisfy every condition (string comparison, as the database does). */
export function matchesCfQuery(row: Readonly<Record<string, string>>, conditions: readonly CfCondition[]): boolean {
  return conditions.every(({ key, operator, values }) => {
    const actual = row[key];
    if (actual === undefined) return false;
    const value = values[0]!;
    switch (operator) {
      case ':':
        return actual === value;
      case ' IN ':
        return values.includes(actual);
      case '>=':
        return actual >= value;
      case '<=':
        return actual <= value;
      case '<':
        return actual < value;
      case '>':
        return actual > value;
    }
  });
}
