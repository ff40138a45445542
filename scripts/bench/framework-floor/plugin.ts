// Plugin executable of the framework floor: answers the handshake, then loads ./server.js.
import { join } from 'node:path';
import { runPlugin } from '../../../src/framework/serve/plugin-main';

runPlugin({
  name: 'floor',
  sourceAddress: 'registry.terraform.io/bench/floor',
  serverBundle: join(__dirname, 'server.js'),
});
