// The go-plugin handshake: Terraform starts us with a magic cookie and the protocol versions it speaks,
// and reads exactly one line from our stdout saying where and how to connect.

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
export const CORE_PROTOCOL_VERSION = 1;
export const PROTOCOL_VERSION = 6;

/** What go-plugin servers print when started by hand. */
export const NOT_A_PLUGIN_MESSAGE =
  'This binary is a plugin. These are not meant to be executed directly.\n' +
  'Please execute the program that consumes these plugins, which will\n' +
  'load any plugins automatically\n';

/** Picks protocol 6 if the host offers it (or says nothing, as when started by hand); undefined if not offered. */
export function negotiateProtocol(offered: string | undefined): number | undefined {
  if (offered === undefined || offered.trim() === '') return PROTOCOL_VERSION;
  const versions = offered.split(',').map((v) => Number(v.trim()));
  return versions.includes(PROTOCOL_VERSION) ? PROTOCOL_VERSION : undefined;
}

/**
 * `1|6|unix|/path/plugin.sock|grpc|<cert>`: the certificate is standard base64 of the DER with the `=`
 * padding removed (Go decodes it with RawStdEncoding); empty when serving plaintext.
 */
export function handshakeLine(network: 'unix' | 'tcp', address: string, certificateDer?: Buffer): string {
  const cert = certificateDer ? certificateDer.toString('base64').replace(/=+$/, '') : '';
  return `${CORE_PROTOCOL_VERSION}|${PROTOCOL_VERSION}|${network}|${address}|grpc|${cert}\n`;
}

/** The line `--debug` prints, as Go providers do, for TF_REATTACH_PROVIDERS. */
export function reattachInstructions(sourceAddress: string, network: 'unix' | 'tcp', address: string, pid: number): string {
  const config = {
    [sourceAddress]: { Protocol: 'grpc', ProtocolVersion: PROTOCOL_VERSION, Pid: pid, Test: true, Addr: { Network: network, String: address } },
  };
  return (
    'Provider started. To attach Terraform CLI, set the TF_REATTACH_PROVIDERS environment variable with the following:\n\n' +
    `\tTF_REATTACH_PROVIDERS='${JSON.stringify(config)}'\n`
  );
}
