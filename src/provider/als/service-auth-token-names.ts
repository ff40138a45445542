// The rules a service auth token's label and provider follow on the Cloud Controller, as validators: CC
// refuses a blank value (CF-ServiceAuthTokenInvalid) and strips whitespace around it. A configured
// `" mysql "` would be stored as `mysql` and differ from the configuration on every plan, so it is refused
// at validate instead, saying why.
import { matches, type Validator } from '../../framework';

export const ccNameValidators: readonly Validator<string>[] = [
  matches(/^\S(?:[\s\S]*\S)?$/, 'must not be blank nor begin or end with whitespace (the Cloud Controller strips it, so the stored value would never match)'),
];

/** CC's presence check for the secret: not empty, not only whitespace (whitespace inside it is kept). */
export const ccSecretValidators: readonly Validator<string>[] = [matches(/\S/, 'must not be blank (the Cloud Controller refuses an empty token)')];
