// What the demo shows is kept, so that a secret among it is counted (each once), whichever stream it went to.
import { createHash } from 'node:crypto';
import { ShownOutput } from '../../src/cli/shown-output';

/** Runs `write` with the process's stdout and stderr silenced. */
function quietly(write: () => void): void {
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    write();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

test('a secret written to stdout or stderr is counted once; one never written, or empty, is not', () => {
  const shown = new ShownOutput();
  quietly(() => {
    shown.stdout('token = s3cr3t-one\n');
    shown.stderr('Error: rejected s3cr3t-two\n');
    shown.stdout('s3cr3t-one again\n');
  });
  expect(shown.leaked(['s3cr3t-one', 's3cr3t-two', 'never-shown', ''])).toBe(2);
  expect(shown.leaked(['never-shown'])).toBe(0);
});

test('a secret written to one stream in two chunks, with the other stream written between them, is counted (it is whole in `demo > file`)', () => {
  const shown = new ShownOutput();
  quietly(() => {
    shown.stdout('token = s3cr');
    shown.stderr('Warning: something else\n');
    shown.stdout('3t-one\n');
  });
  expect(shown.leaked(['s3cr3t-one'])).toBe(1);
});

test('a secret known only by its digest is found after its prefix, however the text goes on after it', () => {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  const isSecret = (candidate: string) => digest(candidate) === digest('s3cr3t');
  const shown = new ShownOutput();
  quietly(() => {
    shown.stdout('id AbCd1234 made; AbCd1234.other\n');
    shown.stderr('token AbCd1234.s3cr3tAndMore\n');
  });
  expect(shown.shownAfter('AbCd1234.', isSecret)).toBe(true);
  expect(shown.shownAfter('ZZZZ9999.', isSecret)).toBe(false);
  const clean = new ShownOutput();
  quietly(() => clean.stdout('id AbCd1234 made; AbCd1234.other\n'));
  expect(clean.shownAfter('AbCd1234.', isSecret)).toBe(false);
});
