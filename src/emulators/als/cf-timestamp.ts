// Cloud Controller's timestamps: ISO 8601 to the second with the server's offset, as the 2014 API docs
// show them (`2014-06-19T17:18:52-07:00`). The emulator's server runs in UTC, so the offset is `+00:00`
// (later CF releases wrote `Z`; clients must read both).

export function cfTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
