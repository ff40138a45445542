// Regenerates checked-in code from its sources: the protocol stubs from our .proto files.
// buf comes from the npm registry on demand (pinned): its per-platform binaries are not all on every
// registry mirror, so it is kept out of package-lock.json, where it would make `npm ci` refuse the lock.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUF = '@bufbuild/buf@1.75.0';
execFileSync('npm', ['exec', '--yes', `--package=${BUF}`, '--', 'buf', 'generate', 'src/framework/protocol/proto', '--template', 'src/framework/protocol/buf.gen.yaml'], {
  cwd: root,
  stdio: 'inherit',
});
