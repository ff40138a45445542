// Every bad ALS input fails at plan (in Terraform's validate walk) with a diagnostic on the attribute, and
// the provider makes no ALS request at all: not even a login.
import { startEmulators, type RunningEmulators } from '../../../src/emulators';
import { AUTHTOKEN_HEADER, authtokenPackage } from '../../support/authtoken-package';
import { emulatorEnvironment } from '../../support/resource-test';
import { TerraformWorkspace } from '../../support/terraform-cli';
import { TOKEN_TYPE, TOKENS_DATA_SOURCE } from './als-terraform';

jest.setTimeout(120_000);

interface Row {
  readonly name: string;
  readonly block: string;
  /** The attribute the diagnostic must point at (shown in its source snippet), or none for the block itself. */
  readonly attribute?: string;
  readonly error: RegExp;
}

const token = (body: string) => `resource "${TOKEN_TYPE}" "bad" {\n${body}\n}\n`;
const list = (body: string) => `data "${TOKENS_DATA_SOURCE}" "bad" {\n${body}\n}\n`;
const blank = /Invalid Attribute Value Match[\s\S]*must not be blank/;

const rows: readonly Row[] = [
  { name: 'empty label', block: token('  label = ""\n  token = "s3cret"'), attribute: 'label', error: blank },
  { name: 'blank label', block: token('  label = "   "\n  token = "s3cret"'), attribute: 'label', error: blank },
  { name: 'label padded with whitespace', block: token('  label = " mysql "\n  token = "s3cret"'), attribute: 'label', error: /begin or end with whitespace \(the Cloud Controller strips it/ },
  { name: 'empty service_provider', block: token('  label = "mysql"\n  service_provider = ""\n  token = "s3cret"'), attribute: 'service_provider', error: blank },
  { name: 'service_provider padded with whitespace', block: token('  label = "mysql"\n  service_provider = "core\\t"\n  token = "s3cret"'), attribute: 'service_provider', error: /begin or end with whitespace/ },
  { name: 'empty token', block: token('  label = "mysql"\n  token = ""'), attribute: 'token', error: /must not be blank \(the Cloud Controller refuses an empty token\)/ },
  { name: 'blank token', block: token('  label = "mysql"\n  token = "  "'), attribute: 'token', error: /must not be blank/ },
  { name: 'blank token_wo', block: token('  label = "mysql"\n  token_wo = " "\n  token_wo_version = 1'), attribute: 'token_wo', error: /must not be blank/ },
  { name: 'both token and token_wo', block: token('  label = "mysql"\n  token = "a"\n  token_wo = "b"\n  token_wo_version = 1'), attribute: 'token_wo', error: /token_wo cannot be set together with token/ },
  { name: 'neither token nor token_wo', block: token('  label = "mysql"'), error: /Exactly one of token and token_wo must be set/ },
  { name: 'token_wo without token_wo_version', block: token('  label = "mysql"\n  token_wo = "b"'), error: /token_wo_version must be set when token_wo is set/ },
  { name: 'token_wo_version without token_wo', block: token('  label = "mysql"\n  token = "a"\n  token_wo_version = 1'), error: /token_wo must be set when token_wo_version is set/ },
  { name: 'data source: blank label filter', block: list('  label = ""'), attribute: 'label', error: blank },
  { name: 'data source: padded service_provider filter', block: list('  service_provider = " core"'), attribute: 'service_provider', error: /begin or end with whitespace/ },
];

let emulators: RunningEmulators;
let ws: TerraformWorkspace;

beforeAll(async () => {
  emulators = await startEmulators({ reportError: () => {} });
  ws = TerraformWorkspace.create([await authtokenPackage()], emulatorEnvironment(emulators));
  ws.writeConfig(AUTHTOKEN_HEADER);
  await ws.init();
});

afterAll(async () => {
  ws?.cleanup();
  await emulators?.stop();
});

test.each(rows)('$name: refused at plan, on the attribute, with no ALS request', async (row) => {
  await emulators.als.admin.resetRequests();
  ws.writeConfig(AUTHTOKEN_HEADER + row.block);
  const plan = await ws.run(['plan', '-input=false', '-no-color']);
  expect(plan.code).toBe(1);
  const errors = plan.stderr.split(/^Error: /m).slice(1);
  expect(errors).toHaveLength(1);
  const [error] = errors as [string];
  // Terraform wraps diagnostic text at any space.
  expect(error).toMatch(new RegExp(row.error.source.replace(/ /g, '\\s+')));
  expect(error).toMatch(/with (data\.)?authtoken_als_service_auth_tokens?\.bad,/);
  // Terraform quotes the configuration the diagnostic points at: the attribute's line, or the block.
  if (row.attribute !== undefined) expect(error).toMatch(new RegExp(`^\\s*\\d+:\\s+${row.attribute}\\s+=`, 'm'));
  else expect(error).toMatch(/^\s*\d+:\s+(resource|data) "/m);
  expect((await emulators.als.admin.requests()).total).toBe(0);
});
