// OpenShift v2 authorization scopes, typed: `Scope.domain(id, "edit")` instead of "domain/<id>/edit".
// The broker accepts session, read, userinfo, and domain/<id>/<level> or application/<id>/<level> with a
// 24-hex object id; a wrong id is reported when the app synthesizes, naming the construct.
import { unresolved, type SelfChecking } from './synth-check';

export type ScopeLevel = 'view' | 'edit' | 'admin';

const OBJECT_ID = /^[0-9a-f]{24}$/;
const LEVELS: readonly string[] = ['view', 'edit', 'admin'];

export class Scope implements SelfChecking {
  /** Everything the user can do through the REST API, for the token's lifetime. */
  static session(): Scope {
    return new Scope('session', undefined);
  }
  /** Read-only access to the user's resources. */
  static read(): Scope {
    return new Scope('read', undefined);
  }
  /** The user's identity only (the broker's default). */
  static userinfo(): Scope {
    return new Scope('userinfo', undefined);
  }
  static domain(id: string, level: ScopeLevel): Scope {
    return Scope.onObject('domain', id, level);
  }
  static application(id: string, level: ScopeLevel): Scope {
    return Scope.onObject('application', id, level);
  }

  private static onObject(kind: 'domain' | 'application', id: string, level: ScopeLevel): Scope {
    const text = `${kind}/${id}/${level}`;
    if (!LEVELS.includes(level)) return new Scope(text, `Scope.${kind}(…, ${JSON.stringify(level)}): the level is one of ${LEVELS.join(', ')}`);
    if (!unresolved(id) && !OBJECT_ID.test(id)) {
      return new Scope(text, `Scope.${kind}(${JSON.stringify(id)}, "${level}"): a ${kind} id is 24 lower-case hex digits (its OpenShift object id)`);
    }
    return new Scope(text, undefined);
  }

  private constructor(
    /** As the broker reads it, e.g. "domain/5f0c…/edit". */
    readonly text: string,
    readonly problem: string | undefined,
  ) {}

  toString(): string {
    return this.text;
  }
}
