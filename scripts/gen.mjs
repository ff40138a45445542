// Regenerates checked-in code from its sources: the protocol stubs from our .proto files.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(join(root, 'node_modules/.bin/buf'), ['generate', 'src/framework/protocol/proto', '--template', 'src/framework/protocol/buf.gen.yaml'], { cwd: root, stdio: 'inherit' });
