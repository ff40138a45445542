// What one provider process works out once per platform client and shares across the RPCs it serves: a
// client lives for one configured provider, that is one Terraform operation, so what hangs off it never
// outlives the operation.
export function perClient<C extends object, T>(make: (client: C) => T): (client: C) => T {
  const made = new WeakMap<C, T>();
  return (client) => {
    let value = made.get(client);
    if (value === undefined) made.set(client, (value = make(client)));
    return value;
  };
}
