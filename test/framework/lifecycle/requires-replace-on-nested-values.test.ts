// What counts as a change for requiresReplace on a nested attribute: what the configuration decides, not
// the computed inner values that become "known after apply" whenever anything else changes.
import { unknown } from '../../../src/framework/cty/unknown';
import { newObject, type Value } from '../../../src/framework/cty/value';
import { attr, t } from '../../../src/framework';
import { changedByConfiguration } from '../../../src/framework/lifecycle/configured-change';

const inner = {
  name: attr.string({ required: true }),
  role: attr.string({ optional: true, computed: true }),
  uid: attr.string({ computed: true }),
};
const members = attr.setNested(inner, { optional: true, requiresReplace: true });
const ordered = attr.listNested(inner, { optional: true, requiresReplace: true });
const keyed = attr.mapNested(inner, { optional: true, requiresReplace: true });

const m = (name: string, role: Value, uid: Value) => newObject([['name', name], ['role', role], ['uid', uid]]);
const c = (name: string, role: Value = null) => newObject([['name', name], ['role', role], ['uid', null]]);

const prior = [m('ann', 'member', 'u1'), m('bob', 'admin', 'u2')];

test('computed inner values planned unknown again are not a change, in any element order', () => {
  const config = [c('bob', 'admin'), c('ann')];
  const planned = [m('bob', 'admin', unknown), m('ann', unknown, unknown)];
  expect(changedByConfiguration(members, config, prior, planned)).toBe(false);
});

test('a changed configured inner value, an added element or a removed one is a change', () => {
  expect(changedByConfiguration(members, [c('ann'), c('bob', 'owner')], prior, [m('ann', unknown, unknown), m('bob', 'owner', unknown)])).toBe(true);
  expect(changedByConfiguration(members, [c('ann'), c('bob', 'admin'), c('cy')], prior, [m('ann', unknown, unknown), m('bob', 'admin', unknown), m('cy', unknown, unknown)])).toBe(true);
  expect(changedByConfiguration(members, [c('ann')], prior, [m('ann', unknown, unknown)])).toBe(true);
  expect(changedByConfiguration(members, null, prior, null)).toBe(true);
});

test('an optional+computed value configured as unknown may change, so it is a change', () => {
  expect(changedByConfiguration(members, [c('ann', unknown), c('bob', 'admin')], prior, [m('ann', unknown, unknown), m('bob', 'admin', unknown)])).toBe(true);
});

test('elements that could pair several ways still pair one to one when a pairing exists', () => {
  // The first planned element fits either prior element and would take the first; only the other serves both.
  const before = [m('ann', 'y', 'u2'), m('ann', 'x', 'u1')];
  const config = [c('ann'), c('ann', 'y')];
  expect(changedByConfiguration(members, config, before, [m('ann', unknown, unknown), m('ann', 'y', unknown)])).toBe(false);
  expect(changedByConfiguration(members, config, before, [m('ann', 'y', unknown), m('ann', unknown, unknown)])).toBe(false);
  expect(changedByConfiguration(members, [c('ann', 'z'), c('ann', 'y')], before, [m('ann', 'z', unknown), m('ann', 'y', unknown)])).toBe(true);
});

test('list- and map-nested attributes compare the same way, by position and by key', () => {
  expect(changedByConfiguration(ordered, [c('ann'), c('bob', 'admin')], prior, [m('ann', unknown, unknown), m('bob', 'admin', unknown)])).toBe(false);
  expect(changedByConfiguration(ordered, [c('bob', 'admin'), c('ann')], prior, [m('bob', 'admin', unknown), m('ann', unknown, unknown)])).toBe(true);
  const keyedPrior = newObject([['__proto__', m('ann', 'member', 'u1')]]);
  expect(changedByConfiguration(keyed, newObject([['__proto__', c('ann')]]), keyedPrior, newObject([['__proto__', m('ann', unknown, unknown)]]))).toBe(false);
  expect(changedByConfiguration(keyed, newObject([['other', c('ann')]]), keyedPrior, newObject([['other', m('ann', unknown, unknown)]]))).toBe(true);
});

test('plain attributes change when their value does, unknown included', () => {
  const scopes = attr.set(t.string, { required: true, requiresReplace: true });
  expect(changedByConfiguration(scopes, ['b', 'a'], ['a', 'b'], ['b', 'a'])).toBe(false);
  expect(changedByConfiguration(scopes, ['a', unknown], ['a', 'b'], ['a', unknown])).toBe(true);
});
