// The shape of the plugin package Terraform runs: what loads at start, and what only when needed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { authtokenPackage } from '../support/authtoken-package';

jest.setTimeout(60_000);

test('the HTTP client ships as its own bundle, required by the server only when a platform is first called', async () => {
  const { dir } = await authtokenPackage();
  expect(readdirSync(dir).sort()).toEqual(['axios.js', 'axios.js.cache', 'server.js', 'server.js.cache', 'terraform-provider-authtoken_v0.1.0']);
  const server = readFileSync(join(dir, 'server.js'), 'utf8');
  expect(server).toContain('require("axios")');
  // axios's own code (and the MIME database it drags in) is not in the server bundle.
  expect(server).not.toContain('application/1d-interleaved-parityfec');
  expect(server).not.toContain('Request failed with status code');
  expect(readFileSync(join(dir, 'axios.js'), 'utf8')).toContain('Request failed with status code');
});

test('the executable carries no grpc-js: it loads with the server bundle, after the handshake line', async () => {
  const { dir } = await authtokenPackage();
  expect(readFileSync(join(dir, 'server.js'), 'utf8')).toContain('grpc.max_receive_message_length');
  expect(readFileSync(join(dir, 'terraform-provider-authtoken_v0.1.0'), 'utf8')).not.toContain('grpc.max_receive_message_length');
});
