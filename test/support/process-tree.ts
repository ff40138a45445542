// The processes a test started, by pid, from /proc (Linux): a terraform's plugin children, and whether a
// pid is still alive. Never by name: other sessions on the machine run terraform and plugins too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Direct children of `pid`. */
export function childrenOf(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return [];
  const children = new Set<number>();
  for (const tid of readdirSync(tasks)) {
    try {
      for (const child of readFileSync(`${tasks}/${tid}/children`, 'utf8').trim().split(/\s+/)) if (child !== '') children.add(Number(child));
    } catch {
      // the thread ended meanwhile
    }
  }
  return [...children];
}

/** Whether `pid` runs (a zombie counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The command line of `pid`, or '' when it is gone. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000, everyMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
