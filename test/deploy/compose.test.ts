import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LEVELS } from '@cohesion/db/levels';
import { parse } from 'yaml';

// No Docker engine runs in CI and `docker compose config` needs the compose plugin, so deploy/compose.yaml and the
// Dockerfile are checked here by reading them: the compose file as YAML (with its merge keys resolved, as compose
// does), the services it starts and their production settings, and that every command names a file the build makes.
const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(REPOSITORY_ROOT, file), 'utf8');

type ComposeService = {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: Array<{ source: string; target: string; read_only?: boolean } | string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  read_only?: boolean;
  cap_drop?: string[];
};

/** The TypeScript source a compiled start command (`node <workspace>/dist/<file>.js`) is built from. */
const sourceOf = (command: string[] | undefined) => (command?.[1] ?? '').replace('/dist/', '/src/').replace(/\.js$/, '.ts');

describe('deploy/compose.yaml', () => {
  const compose = parse(read('deploy/compose.yaml'), { merge: true }) as { services: Record<string, ComposeService> };
  const services = compose.services;

  it('runs Postgres, Redis, the migration, every subgraph and the gateway from the one image, in production', () => {
    expect(Object.keys(services).sort()).toEqual(['eu-partners', 'federal', 'flanders', 'gateway', 'migrate', 'municipalities', 'postgres', 'redis', 'wallonia-brussels']);
    for (const name of ['migrate', 'gateway', ...LEVELS.map((level) => level.name)]) {
      const service = services[name]!;
      expect({ name, image: service.image, NODE_ENV: service.environment?.NODE_ENV, read_only: service.read_only, cap_drop: service.cap_drop }).toEqual({
        name,
        image: 'cohesion-hub:local',
        NODE_ENV: 'production',
        read_only: true,
        cap_drop: ['ALL'],
      });
      expect(existsSync(path.join(REPOSITORY_ROOT, sourceOf(service.command)))).toBe(true);
    }
  });

  it('mounts the identity provider key set as a file, never the development key, and migrates and seeds before any subgraph starts', () => {
    // seed.js migrates, then writes the reference data and published content (no SAMPLE data in production).
    expect(services.migrate?.command).toEqual(['node', 'hub/dist/bin/seed.js']);
    expect(services.migrate?.environment?.NODE_ENV).toBe('production');
    for (const level of LEVELS) {
      const service = services[level.name]!;
      expect(service.environment?.AUTH_JWKS_PATH).toBe('/run/identity-provider/jwks.json');
      expect(service.volumes).toContainEqual({ type: 'bind', source: './identity-provider/jwks.json', target: '/run/identity-provider/jwks.json', read_only: true });
      expect(service.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
      expect(service.command).not.toContain('migrate');
    }
    expect(read('deploy/compose.yaml')).not.toMatch(/development-keys|development-jwks/);
    const example = JSON.parse(read('deploy/identity-provider/jwks.example.json')) as { keys: Array<{ kid: string; d?: string }> };
    expect(example.keys.every((key) => key.d === undefined && !key.kid.startsWith('cohesion-hub-development-'))).toBe(true);
  });

  it('gives the gateway every subgraph URL, Redis and its client credentials, and publishes only the gateway', () => {
    const gateway = services.gateway!;
    for (const level of LEVELS) {
      const variable = `SUBGRAPH_${level.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_URL`;
      expect(gateway.environment?.[variable]).toBe(`http://${level.name}:4000/graphql`);
    }
    expect(gateway.environment).toMatchObject({ REDIS_URL: 'redis://redis:6379', AUTH_TOKEN_URL: expect.any(String), AUTH_CLIENT_ID: expect.any(String), AUTH_CLIENT_SECRET: expect.any(String) });
    expect(Object.entries(services).filter(([, service]) => service.ports?.length).map(([name]) => name)).toEqual(['gateway']);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const stages = [...dockerfile.matchAll(/^FROM \S+ AS (\w+)/gm)].map((match) => match[1]);

  it('builds in stages and runs the compiled JavaScript as a non-root user with a health check', () => {
    expect(stages).toEqual(['build', 'deps', 'runtime']);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/health/m);
    expect(dockerfile).toMatch(/NODE_OPTIONS="--conditions=compiled/);
    expect(dockerfile).not.toMatch(/^(CMD|ENTRYPOINT|RUN).*\btsx\b/m);
  });

  it('copies from the build stage only what exists or `npm run build` makes, and every runtime workspace\'s dist/', () => {
    const sources = [...dockerfile.matchAll(/^COPY --from=build (\/app\/.+) \S+$/gm)].flatMap((match) => match[1]!.split(' ')).map((source) => source.replace(/^\/app\//, ''));
    for (const source of sources) {
      expect({ source, exists: source.endsWith('/dist') ? existsSync(path.join(REPOSITORY_ROOT, source.replace(/dist$/, 'src'))) : existsSync(path.join(REPOSITORY_ROOT, source)) }).toEqual({ source, exists: true });
    }
    for (const workspace of ['kit', 'db', 'schema', 'gateway', 'hub', 'widget', ...LEVELS.map((level) => `subgraphs/${level.name}`)]) {
      expect(sources).toContain(`${workspace}/dist`);
    }
    expect(sources.join(' ')).not.toMatch(/development-private-key/);
    expect(read('.dockerignore')).toMatch(/^kit\/development-keys\/development-private-key\.jwk\.json$/m);
  });
});
