import { ConfigurationError } from './env';
import { entryServiceName, parseTelemetryConfiguration } from './telemetry';

describe('tracing configuration (standard OTEL_* variables)', () => {
  it('is off by default, and on when an exporter or an OTLP endpoint is named', () => {
    expect(parseTelemetryConfiguration('federal', {})).toEqual({ enabled: false, serviceName: 'federal' });
    expect(parseTelemetryConfiguration('federal', { OTEL_TRACES_EXPORTER: 'none' }).enabled).toBe(false);
    expect(parseTelemetryConfiguration('federal', { OTEL_TRACES_EXPORTER: 'otlp' }).enabled).toBe(true);
    expect(parseTelemetryConfiguration('federal', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).enabled).toBe(true);
    expect(parseTelemetryConfiguration('federal', { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }).enabled).toBe(true);
    expect(parseTelemetryConfiguration('federal', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).enabled).toBe(false);
    expect(parseTelemetryConfiguration('federal', { OTEL_TRACES_EXPORTER: 'otlp', OTEL_SERVICE_NAME: 'hub-federal' }).serviceName).toBe('hub-federal');
  });

  it('refuses an unknown exporter or a malformed endpoint, naming the variable and its value', () => {
    expect(() => parseTelemetryConfiguration('gateway', { OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow(ConfigurationError);
    expect(() => parseTelemetryConfiguration('gateway', { OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow(/OTEL_TRACES_EXPORTER.*"jaeger"/);
    expect(() => parseTelemetryConfiguration('gateway', { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318 ' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });

  it('names a service after the package of the script it runs', () => {
    expect(entryServiceName(`${__dirname}/../../subgraphs/federal/dist/bin/start.js`)).toBe('federal');
    expect(entryServiceName(`${__dirname}/../../gateway/src/bin/start.ts`)).toBe('gateway');
  });
});
