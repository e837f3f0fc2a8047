# syntax=docker/dockerfile:1
# One production image for every deployable of the hub: the gateway, each subgraph and the migration command, each
# started by its own command (deploy/compose.yaml, deploy/kubernetes). Three stages:
#   build    – every dependency, codegen and `npm run build`: each runtime workspace's TypeScript transpiled to dist/
#   deps     – production dependencies only (`npm ci --omit=dev`): no tsx, TypeScript, jest or codegen in the image
#   runtime  – those dependencies, the compiled JavaScript and the files it reads at run time, as the non-root user
# Build: docker build -t cohesion-hub .
ARG NODE_IMAGE=node:20.20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && npm run build \
 && mkdir /manifests \
 && find . -name package.json -not -path '*/node_modules/*' -not -path './templates/*' -exec cp --parents {} /manifests/ \; \
 && cp package-lock.json /manifests/

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY --from=build /manifests/ ./
# Only the deployables' production dependencies: not the test, client or widget-demo tooling (no playwright-core).
RUN npm ci --omit=dev --no-audit --no-fund \
      --workspace @cohesion/hub --workspace @cohesion/gateway --workspace municipalities --workspace federal \
      --workspace flanders --workspace wallonia-brussels --workspace eu-partners \
 && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
# NODE_OPTIONS: package.json "exports" send the "compiled" condition to dist/*.js (the default is src/*.ts for tsx).
# --max-old-space-size: a heap ceiling well below the deployments' memory limits (512–768 MiB). Without one, V8 sizes
# its heap to the host's memory and lets garbage pile up to several hundred MB under load before it collects; with
# one, the gateway stays near 220 MB resident under the benchmark (docs/performance.md), at some CPU for collection.
ENV NODE_ENV=production \
    NODE_OPTIONS="--conditions=compiled --enable-source-maps --max-old-space-size=384" \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
# Workspace manifests and node_modules (the root's and any nested ones) from the pruned install.
COPY --from=deps /app/ ./
# The compiled services, and what they read beside them at run time.
COPY --from=build /app/kit/dist kit/dist
# The public development key set only: production refuses it by comparing against it; its private key is never copied.
COPY --from=build /app/kit/development-keys/development-jwks.json kit/development-keys/development-jwks.json
COPY --from=build /app/db/dist db/dist
COPY --from=build /app/db/migrations db/migrations
COPY --from=build /app/db/seed db/seed
COPY --from=build /app/db/reference db/reference
COPY --from=build /app/schema/dist schema/dist
COPY --from=build /app/schema/common.graphql /app/schema/supergraph.graphql schema/
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/hub/dist hub/dist
# The widget is bundled for browsers in memory at the gateway's first widget request, from its sources.
COPY --from=build /app/widget/dist widget/dist
COPY --from=build /app/widget/src/browser widget/src/browser
COPY --from=build /app/widget/demo widget/demo
# The ids of the operations the widget and the demo send (bundled with them), and the manifests the gateway loads.
COPY --from=build /app/client/src/operation-ids.ts client/src/operation-ids.ts
COPY --from=build /app/trusted-documents trusted-documents
COPY --from=build /app/subgraphs/municipalities/dist subgraphs/municipalities/dist
COPY --from=build /app/subgraphs/municipalities/schema.graphql subgraphs/municipalities/
COPY --from=build /app/subgraphs/federal/dist subgraphs/federal/dist
COPY --from=build /app/subgraphs/federal/schema.graphql subgraphs/federal/
COPY --from=build /app/subgraphs/flanders/dist subgraphs/flanders/dist
COPY --from=build /app/subgraphs/flanders/schema.graphql subgraphs/flanders/
COPY --from=build /app/subgraphs/wallonia-brussels/dist subgraphs/wallonia-brussels/dist
COPY --from=build /app/subgraphs/wallonia-brussels/schema.graphql subgraphs/wallonia-brussels/
COPY --from=build /app/subgraphs/eu-partners/dist subgraphs/eu-partners/dist
COPY --from=build /app/subgraphs/eu-partners/schema.graphql subgraphs/eu-partners/
# The image's files belong to root and are read-only to the service, which runs as the unprivileged `node` user.
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The gateway by default; a subgraph: `node subgraphs/<level>/dist/bin/start.js`; migrations: `node hub/dist/bin/migrate.js`.
CMD ["node", "gateway/dist/bin/start.js"]
