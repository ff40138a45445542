// The `<version>` segment of /api/<version>/. The emulator accepts `latest` (vastpy's default) and `v1`…`v99`
// (go-vast-client sends `v5`); every version serves the same API tokens endpoints. Any other segment is a
// path Django does not route (its HTML 404). The version-less `/api/<resource>/` form is not served.
export const API_VERSION_PATTERN = /^(latest|v[1-9][0-9]?)$/;

export function isApiVersion(segment: string | undefined): boolean {
  return segment !== undefined && API_VERSION_PATTERN.test(segment);
}

/** The version segment of a path under /api/, or undefined. */
export function apiVersionOf(path: string): string | undefined {
  return /^\/api\/([^/]+)\//.exec(path)?.[1];
}
