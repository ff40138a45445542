// The Stackato/helion CLI's token files, read for `ALS_TOKEN_FILE`. The doc does not describe them; this
// is what the CLI (stackato-cli, lib/mgr/targets.tcl and tadjuncts.tcl) writes after `helion login`:
//
//   ~/.stackato/client/token    {"https://api.example.com": "bearer eyJ…"}       target → "<token_type> <access_token>"
//   ~/.stackato/client/token2   {"https://api.example.com": {"refresh": "eyJ…", "organization": "<guid>", …}}
//
// Targets are canonical: `https://` added when no scheme is given, no trailing slash. The refresh token
// lives in the sibling file named like the token file plus "2"; it is optional.
// [inferred] As a convenience, a file that is not a JSON object is read as one token (`bearer eyJ…` or
// a bare token), e.g. the output of `cf oauth-token` saved to a file.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';

export interface StackatoTokenFileEntry {
  /** Without the scheme. */
  readonly accessToken: string;
  readonly refreshToken?: string;
}

/** Problems with the file itself; messages never quote the file's content. */
export class TokenFileError extends Error {
  static {
    this.prototype.name = 'TokenFileError';
  }
}

/** The CLI's canonical form of an API endpoint: `https://` when no scheme is given, no trailing slash. */
export function canonicalTarget(url: string): string {
  const withScheme = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  return withScheme.replace(/\/+$/, '');
}

/** Strips a leading `bearer ` (any case): tokens are often pasted as the CLI prints them. */
export function stripBearer(token: string): string {
  return token.trim().replace(/^bearer\s+/i, '').trim();
}

export async function readStackatoTokenFile(path: string, target: string): Promise<StackatoTokenFileEntry> {
  const resolved = expandHome(path);
  const text = await readText(resolved, true);
  const trimmed = text!.trim();
  if (!trimmed.startsWith('{')) {
    const token = stripBearer(trimmed);
    if (token === '') throw new TokenFileError(`token file ${resolved} is empty`);
    return { accessToken: token };
  }
  const tokens = parseObject(trimmed, resolved);
  const key = canonicalTarget(target);
  // The CLI writes canonical keys; a hand-written file may not, so keys are compared canonically.
  const entry = Object.entries(tokens).find(([target]) => canonicalTarget(target) === key)?.[1];
  if (typeof entry !== 'string' || stripBearer(entry) === '') {
    const known = Object.keys(tokens);
    throw new TokenFileError(`token file ${resolved} has no token for ${key}${known.length === 0 ? '' : ` (it has tokens for: ${known.join(', ')})`}; log in to it with the helion CLI first`);
  }
  const refreshToken = await readRefreshToken(`${resolved}2`, key);
  return { accessToken: stripBearer(entry), ...(refreshToken === undefined ? {} : { refreshToken }) };
}

async function readRefreshToken(path: string, key: string): Promise<string | undefined> {
  const text = await readText(path, false);
  if (text === undefined || !text.trim().startsWith('{')) return undefined;
  const adjunct = Object.entries(parseObject(text.trim(), path)).find(([target]) => canonicalTarget(target) === key)?.[1];
  const refresh = typeof adjunct === 'object' && adjunct !== null ? (adjunct as { refresh?: unknown }).refresh : undefined;
  return typeof refresh === 'string' && refresh.trim() !== '' ? refresh.trim() : undefined;
}

async function readText(path: string, required: boolean): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!required && code === 'ENOENT') return undefined;
    throw new TokenFileError(`cannot read token file ${path} (${code ?? 'error'})`);
  }
}

function parseObject(text: string, path: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text, which holds tokens.
    throw new TokenFileError(`token file ${path} is not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TokenFileError(`token file ${path} is not a JSON object of target → token`);
  return value as Record<string, unknown>;
}

function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? `${homedir()}${path.slice(1)}` : path;
}
