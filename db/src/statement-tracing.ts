import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';

// Neither postgres.js nor PGlite has an OpenTelemetry instrumentation (instrumentation-pg covers `pg` only), so the
// clients createDatabase makes are wrapped here: one CLIENT span per statement, with the database semantic
// conventions, child of the span active when the statement was issued (the request's resolver). Outside a traced
// request (migrations, seeds, no SDK) nothing is recorded. Statements are parameterised: values never reach a span.
const tracer = trace.getTracer('@cohesion/db');

function startStatementSpan(text: string): Span | undefined {
  const parent = context.active();
  if (!trace.getSpan(parent)) return undefined;
  const operation = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL';
  return tracer.startSpan(
    operation,
    { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'postgresql', 'db.system': 'postgresql', 'db.operation.name': operation, 'db.query.text': text } },
    parent,
  );
}

function endSpan(span: Span, error?: unknown) {
  if (error !== undefined) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  }
  span.end();
}

/**
 * Traces the statements of a postgres.js client, in place: its `unsafe`, which drizzle-orm sends every statement
 * through. postgres.js queries run when first awaited, so the span ends when the query's promise settles.
 */
export function traceStatements<Client extends { unsafe: (query: string, ...rest: never[]) => PromiseLike<unknown> }>(client: Client): Client {
  const unsafe = client.unsafe.bind(client);
  client.unsafe = ((query: string, ...rest: never[]) => {
    const pending = unsafe(query, ...rest);
    const span = startStatementSpan(query);
    if (!span) return pending;
    let ended = false;
    const settle = (error?: unknown) => {
      if (ended) return;
      ended = true;
      endSpan(span, error);
    };
    const then = pending.then;
    Object.defineProperty(pending, 'then', {
      configurable: true,
      writable: true,
      value(this: PromiseLike<unknown>, onFulfilled?: (value: unknown) => unknown, onRejected?: (reason: unknown) => unknown) {
        return then.call(
          this,
          (value) => {
            settle();
            return onFulfilled ? onFulfilled(value) : value;
          },
          (reason: unknown) => {
            settle(reason);
            if (onRejected) return onRejected(reason);
            throw reason;
          },
        );
      },
    });
    return pending;
  }) as Client['unsafe'];
  return client;
}

/** Traces the statements of a PGlite client, in place: its `query`, which drizzle-orm sends every statement through. */
export function tracePgliteStatements<Client extends { query: (query: string, ...rest: never[]) => Promise<unknown> }>(client: Client): Client {
  const query = client.query.bind(client);
  client.query = (async (text: string, ...rest: never[]) => {
    const span = startStatementSpan(text);
    if (!span) return query(text, ...rest);
    try {
      const result = await query(text, ...rest);
      endSpan(span);
      return result;
    } catch (error) {
      endSpan(span, error);
      throw error;
    }
  }) as Client['query'];
  return client;
}
