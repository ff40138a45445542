import { configurationMarker, hasMarker, MARKER_LENGTH, newCreationMarker, withMarkerWithin, withoutMarker } from '../../../src/provider/adoption/creation-marker';

test('a text with its marker fits the limit by cutting the text, counted in code points', () => {
  const marker = newCreationMarker();
  const text = '🔑'.repeat(250);
  const sent = withMarkerWithin(text, marker, 255);
  expect([...sent].length).toBe(255);
  expect(hasMarker(sent, marker)).toBe(true);
  expect(text.startsWith(withoutMarker(sent))).toBe(true);
  expect([...withoutMarker(sent)].length).toBe(255 - MARKER_LENGTH);
});

test('a text that fits with its marker is sent whole', () => {
  const marker = configurationMarker('authtoken_vms_api_token', { name: 'ci' });
  expect(withMarkerWithin('ci', marker, 255)).toBe(`ci ${marker.text}`);
  expect(withMarkerWithin('', marker, 255)).toBe(marker.text);
});

test('the same configuration gives the same key, another configuration another key', () => {
  const a = configurationMarker('t', { name: 'ci', owner: 'admin' });
  expect(configurationMarker('t', { owner: 'admin', name: 'ci' }).key).toBe(a.key);
  expect(configurationMarker('t', { name: 'cd', owner: 'admin' }).key).not.toBe(a.key);
  expect(configurationMarker('t', { name: 'ci', owner: 'admin' }).call).not.toBe(a.call);
});
