// The hand-written examples each registry page shows, kept where tfplugindocs keeps them
// (examples/<kind>/<type>/…) so they are ordinary files that the tests validate (HCL with the real
// terraform) and synthesize (CDKTF), never text that only lives inside a page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type DocKind = 'provider' | 'resources' | 'data-sources' | 'ephemeral-resources';

/** The HCL file name tfplugindocs expects per kind. */
export const HCL_FILE: Record<DocKind, string> = {
  provider: 'provider.tf',
  resources: 'resource.tf',
  'data-sources': 'data-source.tf',
  'ephemeral-resources': 'ephemeral-resource.tf',
};
export const CDKTF_FILE = 'cdktf.ts';
export const IMPORT_FILE = 'import.sh';

export interface DocExample {
  readonly hcl: string;
  readonly cdktf: string;
  /** resources only: the `terraform import ADDRESS ID` line. */
  readonly importCommand?: { readonly address: string; readonly id: string; readonly text: string };
}

export function exampleDir(kind: DocKind, terraformType: string): string {
  return kind === 'provider' ? join('examples', 'provider') : join('examples', kind, terraformType);
}

export function docExample(root: string, kind: DocKind, terraformType: string): DocExample {
  const dir = exampleDir(kind, terraformType);
  const read = (file: string) => {
    const path = join(root, dir, file);
    if (!existsSync(path)) throw new Error(`docs for ${terraformType}: write the example ${join(dir, file)} (every page shows a CDKTF and an HCL example)`);
    return readFileSync(path, 'utf8').trimEnd();
  };
  const example: DocExample = { hcl: read(HCL_FILE[kind]), cdktf: read(CDKTF_FILE) };
  if (kind !== 'resources') return example;
  const text = read(IMPORT_FILE);
  const command = text.split('\n').find((l) => l.startsWith('terraform import '));
  const parts = command?.trim().split(/\s+/);
  if (parts === undefined || parts.length !== 4) throw new Error(`${join(dir, IMPORT_FILE)}: expected one line \`terraform import ADDRESS ID\``);
  return { ...example, importCommand: { address: parts[2]!, id: parts[3]!, text } };
}
