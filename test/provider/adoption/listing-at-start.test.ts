import { ListingAtStart } from '../../../src/provider/adoption/listing-at-start';

const NEVER = new AbortController().signal;

function counted(fail = () => false) {
  const calls: string[] = [];
  const listing = new ListingAtStart<string>(async (scope) => {
    calls.push(scope);
    await new Promise((r) => setTimeout(r, 5));
    if (fail()) throw new Error(`listing ${scope} failed`);
    return [`${scope}-token`];
  });
  return { calls, listing };
}

test('the creates of one operation, concurrent or later, share its first listing of a scope', async () => {
  const { calls, listing } = counted();
  const first = await Promise.all(Array.from({ length: 10 }, () => listing.get('alice', NEVER)));
  expect(first.every((l) => l === first[0])).toBe(true);
  expect(await listing.get('alice', NEVER)).toBe(first[0]);
  expect(await listing.get('bob', NEVER)).toEqual(['bob-token']);
  expect(calls).toEqual(['alice', 'bob']);
});

test('a failed listing is not kept: the next create lists again', async () => {
  let failing = true;
  const { calls, listing } = counted(() => failing);
  await expect(listing.get('alice', NEVER)).rejects.toThrow('listing alice failed');
  failing = false;
  expect(await listing.get('alice', NEVER)).toEqual(['alice-token']);
  expect(calls).toEqual(['alice', 'alice']);
});
