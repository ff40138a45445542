// The note a create is sent with: the configured note with the creation marker at its end, never over
// the broker's 4096 characters, so a valid note stays valid with the marker in it.
import { hasMarker, MARKER_LENGTH, newCreationMarker, withoutMarker } from '../../../src/provider/adoption/creation-marker';
import { noteWithMarker } from '../../../src/provider/openshift/add-authorization';
import { MAX_NOTE_LENGTH } from '../../../src/provider/openshift/authorization-models';

const length = (text: string) => [...text].length;

test.each([
  ['no note', null, ''],
  ['an empty note', '', ''],
  ['a short note', 'ci pipeline', 'ci pipeline'],
  ['a note just short enough', 'x'.repeat(MAX_NOTE_LENGTH - MARKER_LENGTH), 'x'.repeat(MAX_NOTE_LENGTH - MARKER_LENGTH)],
])('%s keeps all of it, marker after', (_name, note, kept) => {
  const marker = newCreationMarker();
  const sent = noteWithMarker(note, marker);
  expect(hasMarker(sent, marker)).toBe(true);
  expect(withoutMarker(sent)).toBe(kept);
  expect(length(sent)).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
});

test('a note of 4096 characters (some of them multi-byte) gives its tail to the marker and stays at 4096', () => {
  const marker = newCreationMarker();
  const note = 'é'.repeat(MAX_NOTE_LENGTH);
  const sent = noteWithMarker(note, marker);
  expect(length(sent)).toBe(MAX_NOTE_LENGTH);
  expect(hasMarker(sent, marker)).toBe(true);
  expect(note.startsWith(withoutMarker(sent))).toBe(true);
});
