import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as GraphQLInstrumentationModule from '@opentelemetry/instrumentation-graphql';
import type * as HttpInstrumentationModule from '@opentelemetry/instrumentation-http';
import type * as UndiciInstrumentationModule from '@opentelemetry/instrumentation-undici';
import type * as SdkNodeModule from '@opentelemetry/sdk-node';
import { z } from 'zod';
import { httpUrlSchema, parseConfiguration } from './env';

// This module is loaded first by every entry point (`@cohesion/kit/telemetry/register`), before express, graphql or
// http are: it imports nothing heavy, and the OpenTelemetry SDK only when tracing is switched on.

/**
 * The standard OpenTelemetry variables that decide whether a service traces. Off by default: tracing starts when
 * OTEL_TRACES_EXPORTER names an exporter (`otlp`, `console`) or an OTLP endpoint is given, unless OTEL_SDK_DISABLED is
 * `true`. Every other OTEL_* variable (protocol, headers, sampler, batch delays, resource attributes) is read by the SDK.
 */
export const telemetryEnvironmentSchema = z.object({
  OTEL_SDK_DISABLED: z.enum(['true', 'false']).default('false'),
  OTEL_TRACES_EXPORTER: z
    .string()
    .regex(/^\s*(otlp|console|zipkin|none)(\s*,\s*(otlp|console|zipkin|none))*\s*$/, { error: 'expected otlp, console, zipkin or none, separated by commas' })
    .optional()
    .transform((value) => value?.split(',').map((exporter) => exporter.trim())),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrlSchema.optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrlSchema.optional(),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
});

export type TelemetryConfiguration = { enabled: boolean; serviceName: string };

/** Parses the tracing switch once; `service` is the name used when OTEL_SERVICE_NAME does not give one. */
export function parseTelemetryConfiguration(service: string, env: Record<string, string | undefined>): TelemetryConfiguration {
  const config = parseConfiguration(service, telemetryEnvironmentSchema, env);
  const exporters = config.OTEL_TRACES_EXPORTER?.filter((exporter) => exporter !== 'none');
  const requested = exporters !== undefined ? exporters.length > 0 : Boolean(config.OTEL_EXPORTER_OTLP_ENDPOINT ?? config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  return { enabled: config.OTEL_SDK_DISABLED === 'false' && requested, serviceName: config.OTEL_SERVICE_NAME ?? service };
}

/** The name of the package whose script this process runs (`gateway`, `federal`, `hub`), for the service name. */
export function entryServiceName(entry = process.argv[1]): string {
  let directory = path.dirname(path.resolve(entry ?? '.'));
  while (directory !== path.dirname(directory)) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name.replace(/^@cohesion\//, '');
    directory = path.dirname(directory);
  }
  return 'cohesion-hub';
}

type Sdk = { start(): void; shutdown(): Promise<void> };
let running: Sdk | undefined;

/** Probes and scrapes are not operations: no span for them. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * Starts the OpenTelemetry Node SDK when the configuration says so: incoming and outgoing HTTP (node:http and fetch)
 * with W3C traceparent propagation, GraphQL parse/validate/execute and resolvers, and the SQL statements spans that
 * @cohesion/db makes. Exported by OTLP as the OTEL_* variables say. Returns whether tracing is on.
 */
export function startTelemetry(config: TelemetryConfiguration): boolean {
  if (!config.enabled || running) return Boolean(running);
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on, before what it instruments */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof SdkNodeModule;
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof HttpInstrumentationModule;
  const { UndiciInstrumentation } = require('@opentelemetry/instrumentation-undici') as typeof UndiciInstrumentationModule;
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof GraphQLInstrumentationModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const sdk = new NodeSDK({
    serviceName: config.serviceName,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0] ?? '') }),
      new UndiciInstrumentation(),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
    ],
  });
  sdk.start();
  running = sdk;
  return true;
}

/** Exports the spans still buffered and stops tracing; services call it on SIGTERM before they exit. */
export async function shutdownTelemetry(): Promise<void> {
  const sdk = running;
  running = undefined;
  await sdk?.shutdown().catch(() => undefined);
}
