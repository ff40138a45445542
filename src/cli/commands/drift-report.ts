// `authtoken drift-report PLAN.json`: the scheduled drift check's summary for a CI log. Reads `terraform
// show -json` of a refresh-only plan (a file, or `-` for stdin) and says which token drifted and how;
// exits 2 on drift (like `plan -detailed-exitcode`), 0 without, 1 when the input is not such a plan.
import { readFileSync } from 'node:fs';
import { driftSummary, type RefreshOnlyPlanJson } from '../drift-summary';
import type { Command } from './index';

export const driftReport: Command = {
  summary: 'say in plain words which token drifted, from `terraform show -json` of a refresh-only plan; exit 2 on drift',
  async run(args) {
    const [file, ...rest] = args;
    if (file === undefined || rest.length > 0 || (file.startsWith('-') && file !== '-')) {
      process.stderr.write('usage: authtoken drift-report PLAN.json   (terraform show -json of a plan -refresh-only; - reads stdin)\n');
      return 1;
    }
    let plan: RefreshOnlyPlanJson;
    try {
      plan = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8')) as RefreshOnlyPlanJson;
    } catch (error) {
      process.stderr.write(`authtoken drift-report: cannot read ${file === '-' ? 'stdin' : file} as JSON: ${(error as Error).message}\n`);
      return 1;
    }
    if (plan === null || typeof plan !== 'object' || !('format_version' in plan)) {
      process.stderr.write('authtoken drift-report: not the output of `terraform show -json PLANFILE`\n');
      return 1;
    }
    const summary = driftSummary(plan);
    process.stdout.write(`${summary.text}\n`);
    return summary.drifted ? 2 : 0;
  },
};
