import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isRoleName, ROLES, signDevelopmentToken } from '../authorization';
import { nodeEnvSchema, parseConfiguration } from '../env';

const USAGE = `Prints a development bearer token signed with the committed development key (kit/development-keys).

  npm run token -- --role network-member
  npm run token -- --scope "contacts:read cells:read" --jurisdiction nis:41002 [--ttl 1h] [--org "Stad Aalst"] [--sub ann]

  --role          one of: ${Object.keys(ROLES).join(', ')} (schema/AUTHORIZATION.md); sets scopes, jurisdiction and org
  --scope         space-separated scopes (repeatable); replaces the role's
  --jurisdiction  BE, BE-VLG, BE-WAL, BE-BRU, prov:<NIS>, nis:<NIS>, zone:<police zone id, e.g. SAMPLE-4101>, EU (repeatable); replaces the role's
  --org           the org claim (member_of_network policy)
  --sub           the subject; default "developer"
  --ttl           lifetime, e.g. 15m, 1h, 12h; default 1h (services refuse more than AUTH_MAX_TOKEN_LIFETIME_SECONDS, a day by default)

Development and test only: services trust this key only when NODE_ENV is development or test.`;

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      scope: { type: 'string', multiple: true },
      jurisdiction: { type: 'string', multiple: true },
      org: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string', default: '1h' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const config = parseConfiguration('token', z.object({ NODE_ENV: nodeEnvSchema }), process.env);
  if (config.NODE_ENV === 'production') throw new Error('Refusing to sign a development token with NODE_ENV=production.');
  if (values.role !== undefined && !isRoleName(values.role)) {
    throw new Error(`Unknown --role ${JSON.stringify(values.role)}: expected one of ${Object.keys(ROLES).join(', ')}.`);
  }
  if (!/^\d+[smhdw]$/.test(values.ttl)) throw new Error(`Invalid --ttl ${JSON.stringify(values.ttl)}: expected a number and a unit, e.g. 15m, 1h, 12h.`);
  const role = values.role !== undefined && isRoleName(values.role) ? ROLES[values.role] : undefined;
  const split = (list: string[] | undefined) => list?.flatMap((item) => item.split(/\s+/)).filter(Boolean);
  const token = await signDevelopmentToken({
    subject: values.sub ?? (values.role ? `developer-${values.role}` : 'developer'),
    scopes: split(values.scope) ?? role?.scopes ?? [],
    jurisdictions: split(values.jurisdiction) ?? role?.jurisdictions ?? [],
    ...((values.org ?? role?.organisation) ? { organisation: values.org ?? role?.organisation } : {}),
    expiresIn: values.ttl,
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(`\n${USAGE}`);
  process.exit(1);
});
