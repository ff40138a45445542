// A marker the provider writes into a token's note or name when it creates it:
// `[tf-create:<key>-<call>]`, 16 and 8 hex digits.
//   - the key, for a managed resource, comes from its configuration (its type and the values that make the
//     platform object), so it is the same in every run: a token whose create was interrupted (the provider
//     or Terraform killed) still carries it, and the next run's create of that same configuration finds it;
//   - the call part is unique to one create call, so the lookup after a lost answer finds exactly what
//     that call made, and a create can tell the tokens other creates of this process have in flight.
// An ephemeral resource's key is random: its tokens belong to one run only.
// Older markers (`[tf-create:<16 hex>]`, before the call part) are still recognised and removed.
import { createHash, randomBytes } from 'node:crypto';

const PATTERN = /\s?\[tf-create:([0-9a-f]{16})(?:-([0-9a-f]{8}))?\]$/;

export interface CreationMarker {
  /** Same for every create of the same configuration (random for an ephemeral resource). */
  readonly key: string;
  /** Unique to this create call. */
  readonly call: string;
  /** What is written: `[tf-create:<key>-<call>]`. */
  readonly text: string;
}

function marker(key: string): CreationMarker {
  const call = randomBytes(4).toString('hex');
  return { key, call, text: `[tf-create:${key}-${call}]` };
}

/** A marker unique to this call (ephemeral resources). */
export function newCreationMarker(): CreationMarker {
  return marker(randomBytes(8).toString('hex'));
}

/**
 * The marker of a resource's configuration: the same type and values give the same key in every run.
 * Values are compared as JSON with sorted keys; a set is given as a sorted array.
 */
export function configurationMarker(typeName: string, values: Readonly<Record<string, unknown>>): CreationMarker {
  return marker(createHash('sha256').update(canonicalJson([typeName, values])).digest('hex').slice(0, 16));
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
export function withMarker(text: string, marker: CreationMarker): string {
  return text === '' ? marker.text : `${text} ${marker.text}`;
}

/**
 * `text` with the marker appended, `text` cut first (by characters) so the whole fits `maxLength`: the
 * platform's limit applies to what is sent, and the text is restored as configured right after the create.
 */
export function withMarkerWithin(text: string, marker: CreationMarker, maxLength: number): string {
  const characters = [...text];
  const room = maxLength - MARKER_LENGTH;
  return withMarker(characters.length > room ? characters.slice(0, room).join('') : text, marker);
}

/** `text` without a trailing creation marker (what the user configured). */
export function withoutMarker(text: string): string {
  return text.replace(PATTERN, '');
}

/** The key and call of the marker `text` ends with, if any. */
export function markerOf(text: string | null | undefined): { readonly key: string; readonly call: string | undefined } | undefined {
  if (typeof text !== 'string') return undefined;
  const match = PATTERN.exec(text);
  return match === null ? undefined : { key: match[1]!, call: match[2] };
}

/** Whether `text` ends with a marker of the same key (any call). */
export function hasKeyOf(text: string | null | undefined, marker: CreationMarker): boolean {
  return markerOf(text)?.key === marker.key;
}

/** Whether `text` ends with exactly this marker (this key and this call). */
export function hasMarker(text: string | null | undefined, marker: CreationMarker): boolean {
  const found = markerOf(text);
  return found?.key === marker.key && found.call === marker.call;
}

/** Whether `text` ends with any creation marker. */
export function hasAnyMarker(text: string | null | undefined): boolean {
  return markerOf(text) !== undefined;
}

/** Characters a marker adds to a text: limits on the platform's field apply to the text plus this. */
export const MARKER_LENGTH = newCreationMarker().text.length + 1;
