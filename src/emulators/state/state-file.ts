// The optional JSON file that keeps the emulators' state across restarts (`authtoken emulate
// --state-file F`). One file holds every platform's part; it is read once at start and rewritten
// whole, atomically (temporary file + rename), after each change.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const FORMAT = 'authtoken-emulators/1';

type Parts = Record<string, unknown>;

export class StateFile {
  readonly path: string;
  readonly #parts: Parts;

  private constructor(path: string, parts: Parts) {
    this.path = path;
    this.#parts = parts;
  }

  /** Reads the file; a missing file is an empty state (it is created on the first change). */
  static open(path: string): StateFile {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new StateFile(path, {});
      throw error;
    }
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      throw new Error(`state file ${path} is not JSON: ${(error as Error).message}`);
    }
    if (typeof document !== 'object' || document === null || (document as { format?: unknown }).format !== FORMAT) {
      throw new Error(`state file ${path} is not an authtoken emulator state file (expected "format": "${FORMAT}")`);
    }
    const { format: _format, ...parts } = document as Parts;
    return new StateFile(path, parts);
  }

  /** One platform's saved state, if the file has it. */
  part(name: string): unknown {
    return this.#parts[name];
  }

  write(name: string, state: unknown): void {
    this.#parts[name] = state;
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ format: FORMAT, ...this.#parts }, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, this.path);
  }
}
