// The JSON Web Tokens of `/api/token/`: HS256, signed with a key made per emulator start (so a restart
// invalidates them and clients log in again), lifetimes counted on the emulator clock. Claims follow
// djangorestframework-simplejwt, which the VMS token endpoints resemble [inferred]: `token_type`,
// `exp`, `iat`, `jti`, plus the username the emulator looks the user up by.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock';
import { randomHex } from '../random';

export type JwtType = 'access' | 'refresh';

/** VMS settings KB defaults: access 1 hour, refresh 1 day. */
export const JWT_LIFETIME_SECONDS: Readonly<Record<JwtType, number>> = { access: 3_600, refresh: 86_400 };

export interface JwtClaims {
  readonly token_type: JwtType;
  readonly exp: number;
  readonly iat: number;
  readonly jti: string;
  readonly username: string;
}

export type JwtCheck = { ok: true; claims: JwtClaims } | { ok: false; why: 'malformed' | 'signature' | 'expired' | 'wrong-type' };

export class JwtIssuer {
  readonly #key = randomBytes(32);

  constructor(private readonly clock: Clock) {}

  issue(type: JwtType, username: string): string {
    const iat = Math.floor(this.clock.nowMs() / 1000);
    const claims: JwtClaims = { token_type: type, exp: iat + JWT_LIFETIME_SECONDS[type], iat, jti: randomHex(32), username };
    const unsigned = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
    return `${unsigned}.${this.#sign(unsigned)}`;
  }

  verify(token: string, type: JwtType): JwtCheck {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, why: 'malformed' };
    const [header, payload, signature] = parts as [string, string, string];
    const expected = Buffer.from(this.#sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, why: 'signature' };
    let claims: JwtClaims;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as JwtClaims;
    } catch {
      return { ok: false, why: 'malformed' };
    }
    if (claims.token_type !== type) return { ok: false, why: 'wrong-type' };
    if (!(this.clock.nowMs() < claims.exp * 1000)) return { ok: false, why: 'expired' };
    return { ok: true, claims };
  }

  #sign(unsigned: string): string {
    return createHmac('sha256', this.#key).update(unsigned).digest('base64url');
  }
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
