// The `authtoken` helper CLI: one subcommand per file under ./commands.
import { commands } from './commands';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (command === undefined) {
    const list = Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`)
      .join('\n');
    process.stderr.write(`usage: authtoken <command> [options]\n\ncommands:\n${list}\n`);
    return name === undefined || name === '--help' || name === '-h' ? 0 : 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`authtoken: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
