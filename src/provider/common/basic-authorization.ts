// HTTP Basic credentials as a header value, registered with the Redactor before it exists anywhere else.
import type { Redactor } from './redactor';

export function basicAuthorization(username: string, password: string, redactor: Redactor): string {
  const encoded = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
  redactor.register(password);
  redactor.register(encoded);
  return `Basic ${encoded}`;
}
