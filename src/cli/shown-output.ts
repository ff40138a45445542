// Everything a command shows its user, on stdout and stderr, kept so that it can check at the end that
// no secret value was among it.
export class ShownOutput {
  #text = '';

  stdout(text: string): void {
    process.stdout.write(text);
    this.#text += text;
  }

  stderr(text: string): void {
    process.stderr.write(text);
    this.#text += text;
  }

  /** How many of `secrets` appear in what was shown (each counted once). */
  leaked(secrets: Iterable<string>): number {
    let found = 0;
    for (const secret of new Set(secrets)) if (secret.length > 0 && this.#text.includes(secret)) found += 1;
    return found;
  }
}
