// The registry of `authtoken` subcommands. Each command lives in its own file.
import { demo } from './demo';
import { driftReport } from './drift-report';
import { emulate } from './emulate';
import { mirror } from './mirror';
import { schema } from './schema';

export interface Command {
  /** One line for the usage text. */
  summary: string;
  /** Runs the command with the arguments after its name; resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, Command> = {
  emulate,
  mirror,
  schema,
  demo,
  'drift-report': driftReport,
};
