// The query string as Cloud Controller reads it. CC (Sinatra on Rack 1.6) and the `CGI.parse` it gathers
// every `q` with (lib/cloud_controller/rest_controller/common_params.rb) split parameters at `&` and at
// `;`, so a raw `;` ends a parameter; clients percent-encode it (`%3B`) to join conditions inside one `q`,
// as the cf CLI does. `+` reads as a space, as Rack unescapes it.

export function ccQueryParams(rawQuery: string): URLSearchParams {
  return new URLSearchParams(rawQuery.split(/[&;] */).join('&'));
}
