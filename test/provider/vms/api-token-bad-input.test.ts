// Bad input to authtoken_vms_api_token fails at validate or plan, with a diagnostic on the attribute, and
// without a single call to the VMS: no token call, no login.
import { resourceTest, type Step, type TestContext } from '../../support/resource-test';

jest.setTimeout(120_000);

async function noVmsCall(ctx: TestContext): Promise<void> {
  expect((await ctx.emulators.vms.admin.requests()).entries).toEqual([]);
}

const refused = (name: string, attributes: string, error: RegExp): Step => ({
  name,
  config: `
resource "authtoken_vms_api_token" "bad" {
${attributes}
}
`,
  expectError: error,
  check: noVmsCall,
});

test('each bad argument is refused on its attribute before any VMS call', async () => {
  await resourceTest({
    steps: [
      refused('an expiry with an unknown unit', '  expiry = "180X"', /Invalid VMS Expiry\s+with authtoken_vms_api_token.bad,\s+on main.tf line \d+, in resource "authtoken_vms_api_token" "bad":\s+\d+:\s+expiry = "180X"\s+"180X" is not a VMS expiry: "X" is not a unit/),
      refused('a lower-case year', '  expiry = "1y"', /Invalid VMS Expiry[\s\S]*years are an upper-case "Y"/),
      refused('a zero expiry', '  expiry = "0D"', /Invalid VMS Expiry[\s\S]*greater than zero/),
      refused('an empty name', '  name = ""', /Invalid Attribute Value Length[\s\S]*name = ""/),
      refused('a name ending in a creation marker', '  name = "ci [tf-create:0123456789abcdef]"', /Invalid Attribute Value[\s\S]*name = "ci \[tf-create:0123456789abcdef\]"[\s\S]*must not end with a creation marker/),
      refused('an empty owner', '  owner = ""', /Invalid Attribute Value Length[\s\S]*owner = ""/),
      refused('renew_before that is no duration', '  renew_before = "3 days"', /Invalid Duration[\s\S]*renew_before = "3 days"/),
      refused('renew_before as long as the expiry', '  expiry       = "30D"\n  renew_before = "720h"', /Renewal Window Too Long[\s\S]*renew_before/),
    ],
  });
});

test('import by a whole token value is refused without echoing it, and without a VMS call', async () => {
  await resourceTest({
    steps: [
      {
        name: 'import with id.secret',
        config: 'resource "authtoken_vms_api_token" "t" {}\n',
        planChecks: { 'authtoken_vms_api_token.t': 'create' },
        planOnly: true,
        check: async (ctx) => {
          await ctx.emulators.vms.admin.resetRequests();
          const secret = 'AWrRmHXRtbcjUSCANl9KLrxRT6sMqesu';
          const r = await ctx.terraform(['import', '-input=false', 'authtoken_vms_api_token.t', `JhxND7ci.${secret}`], 1);
          expect(r.stderr).toMatch(/Invalid VMS API Token Id[\s\S]*by its id alone/);
          // Terraform itself names the id it was given in its progress line; the provider's diagnostic never does.
          expect(r.stderr).not.toContain(secret);
          await noVmsCall(ctx);
        },
      },
    ],
  });
});
