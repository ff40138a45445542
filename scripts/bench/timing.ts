// Child processes timed from spawn to exit, always asynchronously (a synchronous spawn would stall the
// bench's own event loop).
import { spawn, type SpawnOptions } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Timed {
  readonly ms: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function timed(command: string, args: readonly string[], options: SpawnOptions & { onSpawn?: (pid: number) => void } = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    child.on('close', (code) => resolve({ ms: performance.now() - t0, code, stdout, stderr }));
  });
}

/** Runs and fails with the output unless the exit code is one of `ok`. */
export async function mustRun(command: string, args: readonly string[], options: SpawnOptions = {}, ok: readonly number[] = [0]): Promise<Timed> {
  const r = await timed(command, args, options);
  if (!ok.includes(r.code ?? -1)) throw new Error(`${command} ${args.join(' ')} exited ${r.code}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-4000)}`);
  return r;
}
