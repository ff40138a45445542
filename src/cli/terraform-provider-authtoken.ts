// The plugin executable Terraform runs. Only the handshake machinery loads here; the server bundle
// (grpc-js, the framework server, the provider and its clients) loads after the handshake line is out.
import { join } from 'node:path';
import { runPlugin } from '../framework/serve/plugin-main';
import { PROVIDER_NAME, PROVIDER_SOURCE } from '../provider/identity';

runPlugin({
  name: PROVIDER_NAME,
  sourceAddress: PROVIDER_SOURCE,
  serverBundle: join(__dirname, 'server.js'),
});
