import { entryServiceName, parseTelemetryConfiguration, startTelemetry } from './telemetry';

// `import '@cohesion/kit/telemetry/register'` as the first line of an entry point: tracing (when the OTEL_* variables
// switch it on) starts before the modules it instruments are loaded. The service is named after the entry's package.
startTelemetry(parseTelemetryConfiguration(entryServiceName(), process.env));
