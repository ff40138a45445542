// The HTTP floor: the API calls a `terraform apply` of N tokens makes, sent by a plain Node script with
// nothing else in the way — node:http, one kept-alive agent, ten at a time (Terraform's parallelism).
// What the provider sends: VMS, one JWT login and one listing of the owner's tokens (the check for what
// an interrupted earlier run left, once per operation), then per token create (named with a creation
// marker), show, rename; OpenShift (Basic), one listing of the caller's authorizations, then per token add
// (the note with a marker), then put the note back.
//   node http-floor.mjs <vms|openshift> <N> <base URL> <username> <password>   → prints {"ms": …}
import { Agent, request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

const [platform, countText, base, username, password] = process.argv.slice(2);
const count = Number(countText);
const agent = new Agent({ keepAlive: true, maxSockets: 10 });
let authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
const accept = platform === 'openshift' ? 'application/json; version=1.7; nolinks' : 'application/json';

function call(method, path, json) {
  return new Promise((resolve, reject) => {
    const body = json === undefined ? undefined : JSON.stringify(json);
    const req = request(`${base}${path}`, { method, agent, headers: { Authorization: authorization, Accept: accept, ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => (res.statusCode >= 300 ? reject(new Error(`${method} ${path}: HTTP ${res.statusCode} ${text}`)) : resolve(text === '' ? undefined : JSON.parse(text))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const marker = () => `[tf-create:${randomBytes(8).toString('hex')}]`;

const perToken = {
  async vms(i) {
    const name = `bench-${i}`;
    const created = await call('POST', '/api/v5/apitokens/', { name: `${name} ${marker()}`, expiry_date: '30D' });
    await call('GET', `/api/v5/apitokens/${created.id}/`);
    await call('PATCH', `/api/v5/apitokens/${created.id}/`, { name });
  },
  async openshift(i) {
    const note = `bench-${i}`;
    const added = await call('POST', '/broker/rest/user/authorizations', { scope: 'read', note: `${note} ${marker()}` });
    await call('PUT', `/broker/rest/user/authorization/${added.data.id}`, { note });
  },
}[platform];

const t0 = performance.now();
if (platform === 'vms') authorization = `Bearer ${(await call('POST', '/api/token/', { username, password })).access}`;
await call('GET', platform === 'vms' ? `/api/v5/apitokens/?owner=${encodeURIComponent(username)}` : '/broker/rest/user/authorizations');
let next = 0;
await Promise.all(Array.from({ length: 10 }, async () => {
  while (next < count) await perToken(next++);
}));
process.stdout.write(`${JSON.stringify({ ms: performance.now() - t0 })}\n`);
agent.destroy();
