// A marker the provider writes into a token's note or name when it creates it, `[tf-create:<16 hex>]`.
// For a managed resource it is derived from the resource's configuration (its type and the values that
// make the platform object), so it is the same in every run: a token whose create was interrupted (the
// provider or Terraform killed) still carries it, and the next run's create of that same configuration
// finds it. An ephemeral resource's marker is random: its tokens belong to one run only.
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = '[tf-create:';
const PATTERN = /\s?\[tf-create:[0-9a-f]{16}\]$/;

/** A marker unique to this call (ephemeral resources). */
export function newCreationMarker(): string {
  return `${PREFIX}${randomBytes(8).toString('hex')}]`;
}

/**
 * The marker of a resource's configuration: the same type and values give the same marker in every run.
 * Values are compared as JSON with sorted keys; a set is given as a sorted array.
 */
export function configurationMarker(typeName: string, values: Readonly<Record<string, unknown>>): string {
  const digest = createHash('sha256').update(canonicalJson([typeName, values])).digest('hex');
  return `${PREFIX}${digest.slice(0, 16)}]`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** `text` with the marker appended (one space between, none when text is empty). */
export function withMarker(text: string, marker: string): string {
  return text === '' ? marker : `${text} ${marker}`;
}

/** `text` without a trailing creation marker (what the user configured). */
export function withoutMarker(text: string): string {
  return text.replace(PATTERN, '');
}

export function hasMarker(text: string | null | undefined, marker: string): boolean {
  return typeof text === 'string' && text.endsWith(marker);
}

/** Whether `text` ends with any creation marker. */
export function hasAnyMarker(text: string | null | undefined): boolean {
  return typeof text === 'string' && PATTERN.test(text);
}

/** Characters a marker adds to a text: limits on the platform's field apply to the text plus this. */
export const MARKER_LENGTH = newCreationMarker().length + 1;
