import { type ApolloServerPlugin } from '@apollo/server';
import { isDatabaseUnavailableError } from '@cohesion/db';
import { PUBLIC_ERROR_CODES } from './errors';
import { type Logger } from './logger';

/** Whether an error's code says its message is written for the caller (Apollo Server's default code otherwise). */
export function isPublicErrorCode(code: unknown): boolean {
  return typeof code === 'string' && PUBLIC_ERROR_CODES.has(code);
}

/**
 * Logs, with the request id, every error kit's error formatter will mask, so that an operator can find what the caller
 * only saw as "Unexpected error.". The formatter itself never sees the request.
 */
export function useMaskedErrorLogging(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const requestId = (contextValue as { requestId?: unknown } | undefined)?.requestId;
          for (const error of errors) {
            // A database outage is answered as DATABASE_UNAVAILABLE (and logged as such), not masked.
            if (isPublicErrorCode(error.extensions?.code) || isDatabaseUnavailableError(error.originalError ?? error)) continue;
            logger.error({ err: error.originalError ?? error, path: error.path, requestId }, 'masked an unexpected error');
          }
        },
      };
    },
  };
}
