// The platform's user accounts. Passwords are generated per start (never persisted or committed); roles
// are the platform's own words (e.g. ALS `cloud_controller.admin`), so each emulator decides what they mean.
import { timingSafeEqual } from 'node:crypto';
import { randomPassword } from '../random';

export interface EmulatorUser {
  readonly username: string;
  readonly password: string;
  readonly roles: readonly string[];
}

export interface EmulatorUserSpec {
  readonly username: string;
  /** Generated when absent. */
  readonly password?: string;
  readonly roles?: readonly string[];
}

export class UserDirectory {
  readonly #users = new Map<string, EmulatorUser>();
  readonly #adminUsername: string;

  /** `admin` is the account handed out as the platform's connection credentials. */
  constructor(admin: EmulatorUserSpec, others: readonly EmulatorUserSpec[] = []) {
    this.#adminUsername = admin.username;
    this.put(admin);
    for (const user of others) this.put(user);
  }

  get admin(): EmulatorUser {
    return this.#users.get(this.#adminUsername)!;
  }

  /** Adds or replaces a user. */
  put(spec: EmulatorUserSpec): EmulatorUser {
    const user: EmulatorUser = { username: spec.username, password: spec.password ?? randomPassword(), roles: [...(spec.roles ?? [])] };
    this.#users.set(user.username, user);
    return user;
  }

  remove(username: string): boolean {
    if (username === this.#adminUsername) throw new Error('the admin user cannot be removed');
    return this.#users.delete(username);
  }

  find(username: string): EmulatorUser | undefined {
    return this.#users.get(username);
  }

  /** The user when the password matches; compared in constant time. */
  authenticate(username: string, password: string): EmulatorUser | undefined {
    const user = this.#users.get(username);
    if (user === undefined) return undefined;
    const expected = Buffer.from(user.password, 'utf8');
    const given = Buffer.from(password, 'utf8');
    return expected.length === given.length && timingSafeEqual(expected, given) ? user : undefined;
  }

  /** Usernames and roles, without passwords. */
  list(): { username: string; roles: readonly string[] }[] {
    return [...this.#users.values()].map(({ username, roles }) => ({ username, roles }));
  }
}
