// What `terraform import` accepts for a service auth token: its guid, or `label/service_provider`. A
// label or a provider may itself contain `/`, so an id with several slashes is split at each of them
// and the platform says which (label, provider) pair exists; two matching pairs are ambiguous, and the
// user is asked for the guid. CC guids never contain `/`, so an id without one is a guid.

export interface LabelAndProvider {
  readonly label: string;
  readonly provider: string;
}

export type ImportId = { readonly guid: string } | { readonly candidates: readonly LabelAndProvider[] };

export function parseImportId(id: string): ImportId {
  if (!id.includes('/')) return { guid: id };
  const candidates: LabelAndProvider[] = [];
  for (let at = id.indexOf('/'); at !== -1; at = id.indexOf('/', at + 1)) {
    const label = id.slice(0, at);
    const provider = id.slice(at + 1);
    if (label.trim() !== '' && provider.trim() !== '') candidates.push({ label, provider });
  }
  return { candidates };
}

/** How a token is named in an import id. */
export function importIdOf(token: LabelAndProvider): string {
  return `${token.label}/${token.provider}`;
}
