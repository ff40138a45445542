// A marker the provider writes into a token's note or name when it creates it, so that a create whose
// answer was lost can be recognised among the owner's tokens afterwards. Unique per create call.
import { randomBytes } from 'node:crypto';

const PREFIX = '[tf-create:';
const PATTERN = /\s?\[tf-create:[0-9a-f]{16}\]$/;

export function newCreationMarker(): string {
  return `${PREFIX}${randomBytes(8).toString('hex')}]`;
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

/** Characters a marker adds to a text: limits on the platform's field apply to the text plus this. */
export const MARKER_LENGTH = newCreationMarker().length + 1;
