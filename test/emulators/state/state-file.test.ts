// State kept in a JSON file: loaded at start, rewritten after every change, shared by several platforms.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../src/emulators';
import { StateFile } from '../../../src/emulators/state/state-file';
import { testPlatform, type WidgetState } from '../../support/test-platform';
import { send } from '../../support/http';

describe('state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'authtoken-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const create = (baseUrl: string, name: string) =>
    send(`${baseUrl}/widgets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) });

  test('a change is written at once and a restart serves it again', async () => {
    const path = join(dir, 'state.json');
    const first = await startEmulator(testPlatform(), { stateFile: StateFile.open(path) });
    await create(first.baseUrl, 'kept');
    const written = JSON.parse(readFileSync(path, 'utf8')) as { format: string; widgets: WidgetState };
    expect(written).toEqual({ format: 'authtoken-emulators/1', widgets: { widgets: { '1': { id: '1', name: 'kept' } }, nextId: 2 } });
    await first.stop();

    const second = await startEmulator(testPlatform(), { stateFile: StateFile.open(path) });
    try {
      expect((await send(`${second.baseUrl}/widgets/1`)).json()).toEqual({ id: '1', name: 'kept' });
      expect((await create(second.baseUrl, 'next')).json()).toEqual({ id: '2', name: 'next' });
    } finally {
      await second.stop();
    }
  });

  test('a missing file starts fresh and is created, readable by the owner only, on the first change', async () => {
    const path = join(dir, 'new.json');
    const emulator = await startEmulator(testPlatform(), { stateFile: StateFile.open(path) });
    try {
      expect(() => statSync(path)).toThrow();
      await create(emulator.baseUrl, 'x');
      expect(statSync(path).mode & 0o777).toBe(0o600);
    } finally {
      await emulator.stop();
    }
  });

  test('platforms sharing one file keep their own parts', async () => {
    const path = join(dir, 'shared.json');
    const file = StateFile.open(path);
    const a = await startEmulator({ ...testPlatform(), name: 'alpha' }, { stateFile: file });
    const b = await startEmulator({ ...testPlatform(), name: 'beta' }, { stateFile: file });
    try {
      await create(a.baseUrl, 'in-alpha');
      await create(b.baseUrl, 'in-beta');
      const written = JSON.parse(readFileSync(path, 'utf8')) as Record<string, WidgetState>;
      expect(written['alpha']?.widgets['1']?.name).toBe('in-alpha');
      expect(written['beta']?.widgets['1']?.name).toBe('in-beta');
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  test('an admin reset is persisted too', async () => {
    const path = join(dir, 'reset.json');
    const emulator = await startEmulator(testPlatform(), { stateFile: StateFile.open(path) });
    try {
      await create(emulator.baseUrl, 'gone');
      await emulator.admin.reset();
      expect((JSON.parse(readFileSync(path, 'utf8')) as { widgets: WidgetState }).widgets).toEqual({ widgets: {}, nextId: 1 });
    } finally {
      await emulator.stop();
    }
  });

  test('a file that is not an emulator state file is refused', () => {
    const path = join(dir, 'other.json');
    writeFileSync(path, '{"terraform_version":"1.11.4"}');
    expect(() => StateFile.open(path)).toThrow('is not an authtoken emulator state file');
    writeFileSync(path, 'not json');
    expect(() => StateFile.open(path)).toThrow('is not JSON');
  });

  test('reviveState checks what was loaded', async () => {
    const path = join(dir, 'revive.json');
    writeFileSync(path, JSON.stringify({ format: 'authtoken-emulators/1', widgets: { old: true } }));
    const platform = {
      ...testPlatform(),
      reviveState: (saved: unknown): WidgetState => {
        if (!(typeof saved === 'object' && saved !== null && 'widgets' in saved && 'nextId' in saved)) throw new Error('widgets state from an older emulator');
        return saved as WidgetState;
      },
    };
    await expect(startEmulator(platform, { stateFile: StateFile.open(path) })).rejects.toThrow('widgets state from an older emulator');
  });
});
