// The peak RSS of the provider processes terraform starts during one command. Terraform launches them
// itself, so /proc is watched for them: each new pid is looked at once, each plugin process's VmHWM
// (its peak so far) is read until it exits.
import { readdirSync, readFileSync } from 'node:fs';

export class PeakRssWatch {
  readonly #seen = new Set<number>();
  readonly #plugins = new Map<number, number>();
  readonly #timer: NodeJS.Timeout;

  constructor(
    private readonly executableName: string,
    intervalMs = 20,
  ) {
    this.#scan();
    for (const pid of this.#plugins.keys()) this.#plugins.delete(pid); // only processes started from now on
    this.#timer = setInterval(() => this.#scan(), intervalMs);
  }

  /** Stops watching; the largest VmHWM seen, in KiB (NaN when no provider process was seen). */
  stop(): number {
    clearInterval(this.#timer);
    this.#scan();
    return this.#plugins.size === 0 ? NaN : Math.max(...this.#plugins.values());
  }

  #scan(): void {
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      if (!this.#seen.has(pid)) {
        this.#seen.add(pid);
        if (read(`/proc/${pid}/cmdline`)?.includes(this.executableName)) this.#plugins.set(pid, 0);
      }
      const peak = this.#plugins.get(pid);
      if (peak === undefined) continue;
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(read(`/proc/${pid}/status`) ?? '')?.[1] ?? 0);
      if (hwm > peak) this.#plugins.set(pid, hwm);
    }
  }
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
