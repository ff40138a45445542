// The provider processes terraform starts during one command: their peak RSS and the CPU they used.
// Terraform launches them itself, so /proc is watched for them: each new pid is looked at once, and each
// plugin process's VmHWM (its peak so far) and CPU time are read until it exits. The CPU of a process
// is last read up to one interval before it exits, so the sum can fall short by that much per launch.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

export interface ProviderProcesses {
  /** The largest VmHWM seen, in KiB (NaN when no provider process was seen). */
  readonly peakRssKiB: number;
  /** User plus system CPU of all of them, ms. */
  readonly cpuMs: number;
  readonly launches: number;
}

export class ProviderProcessWatch {
  readonly #seen = new Set<number>();
  readonly #plugins = new Map<number, { hwmKiB: number; ticks: number }>();
  readonly #timer: NodeJS.Timeout;

  constructor(
    private readonly executablePrefix: string,
    intervalMs = 20,
  ) {
    this.#scan();
    for (const pid of this.#plugins.keys()) this.#plugins.delete(pid); // only processes started from now on
    this.#timer = setInterval(() => this.#scan(), intervalMs);
  }

  stop(): ProviderProcesses {
    clearInterval(this.#timer);
    this.#scan();
    const all = [...this.#plugins.values()];
    return {
      peakRssKiB: all.length === 0 ? NaN : Math.max(...all.map((p) => p.hwmKiB)),
      cpuMs: (all.reduce((sum, p) => sum + p.ticks, 0) * 1000) / TICKS_PER_S,
      launches: all.length,
    };
  }

  #scan(): void {
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      if (!this.#seen.has(pid)) {
        this.#seen.add(pid);
        if (read(`/proc/${pid}/cmdline`)?.includes(this.executablePrefix)) this.#plugins.set(pid, { hwmKiB: 0, ticks: 0 });
      }
      const seen = this.#plugins.get(pid);
      if (seen === undefined) continue;
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(read(`/proc/${pid}/status`) ?? '')?.[1] ?? 0);
      if (hwm > seen.hwmKiB) seen.hwmKiB = hwm;
      const ticks = cpuTicks(read(`/proc/${pid}/stat`));
      if (ticks > seen.ticks) seen.ticks = ticks;
    }
  }
}

/** utime + stime of a /proc/<pid>/stat line (fields 14 and 15; the command name may hold spaces). */
function cpuTicks(stat: string | undefined): number {
  if (stat === undefined) return 0;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
