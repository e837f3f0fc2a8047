import pino, { type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export type CreateLoggerOptions = {
  /** Name of the deployable, written on every line. */
  service: string;
  level?: LoggerOptions['level'];
};

/** JSON logs on stdout; secrets that may pass through a request are redacted. */
export function createLogger({ service, level = 'info' }: CreateLoggerOptions): Logger {
  return pino({
    name: service,
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.token'], censor: '[redacted]' },
  });
}
