import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { LEVELS } from '@cohesion/db/levels';
import { parseAllDocuments } from 'yaml';

// `kubectl kustomize` renders each overlay offline (no cluster), and every rendered object is validated against the
// Kubernetes OpenAPI schemas by the kubernetes-models packages; then the hub's own rules are checked on the objects.
const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');
const OVERLAYS = ['production', 'staging'] as const;
const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const describeWithKubectl = kubectl.status === 0 ? describe : describe.skip;
if (kubectl.status !== 0) console.warn('Kubernetes manifests not rendered: no kubectl on PATH (CI installs Debian\'s kubernetes-client)');

type KubernetesObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; [key: string]: unknown };
type Container = {
  name: string;
  image: string;
  command?: string[];
  ports?: Array<{ name?: string; containerPort: number }>;
  env?: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
};
type PodTemplate = { metadata: { labels: Record<string, string> }; spec: { containers: Container[]; securityContext?: { runAsNonRoot?: boolean } } };
type Deployment = KubernetesObject & { spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: PodTemplate } };
type NetworkPolicy = KubernetesObject & {
  spec: { podSelector: { matchLabels?: Record<string, string> }; policyTypes: string[]; ingress?: Array<{ from?: Array<{ podSelector?: { matchLabels?: Record<string, string> } }> }> };
};

function render(overlay: string): KubernetesObject[] {
  const output = execFileSync('kubectl', ['kustomize', path.join(REPOSITORY_ROOT, 'deploy', 'kubernetes', 'overlays', overlay)], { encoding: 'utf8' });
  return parseAllDocuments(output).map((document) => document.toJSON() as KubernetesObject);
}

/** The kubernetes-models class of an object: `apps/v1` → kubernetes-models/apps/v1, core `v1` → kubernetes-models/v1. */
async function modelOf(object: KubernetesObject): Promise<new (data: unknown) => { validate(): void }> {
  const models = (await import(`kubernetes-models/${object.apiVersion}`)) as Record<string, new (data: unknown) => { validate(): void }>;
  const model = models[object.kind];
  if (!model) throw new Error(`kubernetes-models has no ${object.apiVersion} ${object.kind}`);
  return model;
}

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string>) =>
  selector !== undefined && Object.entries(selector).every(([key, value]) => labels[key] === value);

describeWithKubectl.each(OVERLAYS)('deploy/kubernetes/overlays/%s', (overlay) => {
  let objects: KubernetesObject[];
  const ofKind = <T extends KubernetesObject>(kind: string) => objects.filter((object) => object.kind === kind) as T[];
  beforeAll(() => {
    objects = render(overlay);
  });

  it('renders objects that each validate against the Kubernetes schemas (kubernetes-models)', async () => {
    expect(objects.length).toBeGreaterThan(20);
    const invalid: string[] = [];
    for (const object of objects) {
      const Model = await modelOf(object);
      try {
        new Model(object).validate();
      } catch (error) {
        invalid.push(`${object.kind}/${object.metadata.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(invalid).toEqual([]);
  });

  it('has one Deployment and one Service per subgraph and for the gateway, with probes on /ready and /health and resources', () => {
    const services = ['gateway', ...LEVELS.map((level) => level.name)].sort();
    const deployments = ofKind<Deployment>('Deployment');
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual(services);
    expect(ofKind('Service').map((service) => service.metadata.name).sort()).toEqual(services);
    for (const deployment of deployments) {
      const [container] = deployment.spec.template.spec.containers;
      expect({ name: deployment.metadata.name, readiness: container?.readinessProbe?.httpGet?.path, liveness: container?.livenessProbe?.httpGet?.path }).toEqual({
        name: deployment.metadata.name,
        readiness: '/ready',
        liveness: '/health',
      });
      expect(container?.resources?.requests?.cpu).toBeDefined();
      expect(container?.resources?.limits?.memory).toBeDefined();
      expect(matches(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels)).toBe(true);
      // The compiled start of that service, never tsx, from a pinned image.
      const expected = deployment.metadata.name === 'gateway' ? 'gateway/dist/bin/start.js' : `subgraphs/${deployment.metadata.name}/dist/bin/start.js`;
      expect(container?.command).toEqual(['node', expected]);
      expect(container?.image).toMatch(/^registry\.example\.invalid\/cohesion-hub:[\w.-]+$/);
    }
  });

  it('runs every pod as non-root, without privilege escalation, capabilities or a writable root file system', () => {
    const templates = [...ofKind<Deployment>('Deployment'), ...ofKind<Deployment>('Job')].map((object) => [object.metadata.name, object.spec.template] as const);
    expect(templates.length).toBe(LEVELS.length + 2);
    for (const [name, template] of templates) {
      expect({ name, runAsNonRoot: template.spec.securityContext?.runAsNonRoot }).toEqual({ name, runAsNonRoot: true });
      for (const container of template.spec.containers) {
        expect({ name, ...container.securityContext }).toMatchObject({ name, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
      }
    }
  });

  it('gives every Deployment a HorizontalPodAutoscaler and a PodDisruptionBudget that select it', () => {
    const deployments = ofKind<Deployment>('Deployment');
    const autoscalers = ofKind<KubernetesObject & { spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number; maxReplicas: number } }>('HorizontalPodAutoscaler');
    const budgets = ofKind<KubernetesObject & { spec: { selector: { matchLabels: Record<string, string> } } }>('PodDisruptionBudget');
    for (const deployment of deployments) {
      const autoscaler = autoscalers.find((candidate) => candidate.spec.scaleTargetRef.kind === 'Deployment' && candidate.spec.scaleTargetRef.name === deployment.metadata.name);
      expect(autoscaler?.spec.maxReplicas).toBeGreaterThan(autoscaler?.spec.minReplicas ?? Infinity);
      expect(budgets.filter((budget) => matches(budget.spec.selector.matchLabels, deployment.spec.template.metadata.labels))).toHaveLength(1);
    }
  });

  it('lets only the gateway reach a subgraph (NetworkPolicy), and denies every other ingress', () => {
    const policies = ofKind<NetworkPolicy>('NetworkPolicy');
    const denyAll = policies.find((policy) => Object.keys(policy.spec.podSelector.matchLabels ?? {}).length === 0 && policy.spec.policyTypes.includes('Ingress'));
    expect(denyAll?.spec.ingress ?? []).toEqual([]);
    const gatewayLabels = ofKind<Deployment>('Deployment').find((deployment) => deployment.metadata.name === 'gateway')!.spec.template.metadata.labels;
    for (const subgraph of ofKind<Deployment>('Deployment').filter((deployment) => deployment.metadata.name !== 'gateway')) {
      const labels = subgraph.spec.template.metadata.labels;
      const selecting = policies.filter((policy) => policy !== denyAll && matches(policy.spec.podSelector.matchLabels, labels));
      expect(selecting.length).toBeGreaterThan(0);
      for (const rule of selecting.flatMap((policy) => policy.spec.ingress ?? [])) {
        // Every ingress rule names its sources, and each source is the gateway's pods.
        expect(rule.from?.length).toBeGreaterThan(0);
        for (const source of rule.from ?? []) expect(matches(source.podSelector?.matchLabels, gatewayLabels)).toBe(true);
      }
    }
  });

  it('reads the database and identity provider settings from Secrets that exist, and points the gateway at each subgraph Service', () => {
    const secrets = new Map(ofKind<KubernetesObject & { stringData?: Record<string, string> }>('Secret').map((secret) => [secret.metadata.name, Object.keys(secret.stringData ?? {})]));
    const deployments = ofKind<Deployment>('Deployment');
    for (const container of [...deployments, ...ofKind<Deployment>('Job')].flatMap((object) => object.spec.template.spec.containers)) {
      for (const variable of container.env ?? []) {
        const reference = variable.valueFrom?.secretKeyRef;
        if (reference) expect(secrets.get(reference.name)).toContain(reference.key);
      }
      for (const source of container.envFrom ?? []) if (source.secretRef) expect(secrets.has(source.secretRef.name)).toBe(true);
    }
    const [gateway] = deployments.find((deployment) => deployment.metadata.name === 'gateway')!.spec.template.spec.containers;
    const gatewayEnv = new Map((gateway?.env ?? []).map((variable) => [variable.name, variable.value]));
    for (const level of LEVELS) {
      const variable = `SUBGRAPH_${level.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_URL`;
      expect(gatewayEnv.get(variable)).toBe(`http://${level.name}:4000/graphql`);
    }
    expect(secrets.get('cohesion-identity-provider')).toEqual(expect.arrayContaining(['AUTH_TOKEN_URL', 'AUTH_CLIENT_ID', 'AUTH_CLIENT_SECRET']));
    const settings = ofKind<KubernetesObject & { data: Record<string, string> }>('ConfigMap').find((map) => map.metadata.name === 'cohesion-settings');
    expect(settings?.data).toMatchObject({ NODE_ENV: 'production', AUTH_JWKS_URL: expect.stringMatching(/^https:\/\//), AUTH_ISSUER: expect.any(String) });
  });

  it('migrates and seeds with a Job (node hub/dist/bin/seed.js: migrations, then reference data and content), not at pod start', () => {
    const jobs = ofKind<Deployment>('Job');
    expect(jobs.map((job) => job.spec.template.spec.containers[0]?.command)).toEqual([['node', 'hub/dist/bin/seed.js']]);
    for (const deployment of ofKind<Deployment>('Deployment')) {
      expect(deployment.spec.template.spec.containers[0]?.command?.join(' ')).not.toMatch(/migrate|seed/);
    }
  });

  it('puts every namespaced object in the overlay\'s namespace', () => {
    const namespaces = ofKind('Namespace').map((namespace) => namespace.metadata.name);
    expect(namespaces).toHaveLength(1);
    for (const object of objects.filter((candidate) => candidate.kind !== 'Namespace')) expect(object.metadata.namespace).toBe(namespaces[0]);
  });
});
