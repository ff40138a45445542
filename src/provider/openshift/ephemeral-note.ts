// Authorizations opened for one run (the ephemeral resource) keep a marker at the end of their note on the
// broker, so anything that lists authorizations can tell them apart: their tokens belong to one run and
// must never be written to state, even by a data source that lists every authorization with its token.
import { withoutMarker } from '../adoption/creation-marker';

export const EPHEMERAL_MARKER = '[tf-ephemeral]';

/** Room the marker takes in the broker's 4096-character note. */
export const EPHEMERAL_MARKER_LENGTH = EPHEMERAL_MARKER.length + 1;

export function ephemeralNote(note: string | null): string {
  return note === null || note === '' ? EPHEMERAL_MARKER : `${note} ${EPHEMERAL_MARKER}`;
}

/** Also while the creation marker follows it (from the create until the note is put back, moments later). */
export function isEphemeralNote(note: string | null): boolean {
  return note !== null && withoutMarker(note).endsWith(EPHEMERAL_MARKER);
}

/** The note as configured: without the ephemeral marker (nor a creation marker after it). */
export function configuredNote(note: string | null): string | null {
  if (!isEphemeralNote(note)) return note;
  const bare = withoutMarker(note!).slice(0, -EPHEMERAL_MARKER.length).replace(/ $/, '');
  return bare === '' ? null : bare;
}
