// Everything a command shows its user, on stdout and stderr, kept so that it can check at the end that
// no secret value was among it. Each stream is kept apart: a secret written to one in two chunks, with
// the other written between them, is whole in either stream redirected to a file.
export class ShownOutput {
  #stdout = '';
  #stderr = '';

  stdout(text: string): void {
    process.stdout.write(text);
    this.#stdout += text;
  }

  stderr(text: string): void {
    process.stderr.write(text);
    this.#stderr += text;
  }

  /** How many of `secrets` appear in what was shown (each counted once). */
  leaked(secrets: Iterable<string>): number {
    let found = 0;
    for (const secret of new Set(secrets)) if (secret.length > 0 && (this.#stdout.includes(secret) || this.#stderr.includes(secret))) found += 1;
    return found;
  }

  /**
   * Whether `prefix` was shown followed by a secret known only by `isSecret` (e.g. its digest): each run
   * of letters, digits, `-` and `_` after the prefix is tried, and each of its beginnings.
   */
  shownAfter(prefix: string, isSecret: (candidate: string) => boolean): boolean {
    for (const text of [this.#stdout, this.#stderr]) {
      for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
        const run = /^[\w-]*/.exec(text.slice(at + prefix.length, at + prefix.length + 512))![0];
        for (let end = 1; end <= run.length; end++) if (isSecret(run.slice(0, end))) return true;
      }
    }
    return false;
  }
}
