// What the demo shows is kept, so that a secret among it is counted (each once), whichever stream it went to.
import { ShownOutput } from '../../src/cli/shown-output';

test('a secret written to stdout or stderr is counted once; one never written, or empty, is not', () => {
  const shown = new ShownOutput();
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    shown.stdout('token = s3cr3t-one\n');
    shown.stderr('Error: rejected s3cr3t-two\n');
    shown.stdout('s3cr3t-one again\n');
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  expect(shown.leaked(['s3cr3t-one', 's3cr3t-two', 'never-shown', ''])).toBe(2);
  expect(shown.leaked(['never-shown'])).toBe(0);
});
