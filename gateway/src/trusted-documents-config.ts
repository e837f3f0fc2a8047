import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_TRUSTED_DOCUMENTS_REDIS_KEY, TRUSTED_DOCUMENT_MODES, type CallerKind, type TrustedDocumentMode, type TrustedDocumentsOptions } from './trusted-documents';

/** The folder of manifests every gateway loads unless TRUSTED_DOCUMENTS_DIR says otherwise: the hub's own front end's. */
export const DEFAULT_TRUSTED_DOCUMENTS_DIR = path.resolve(__dirname, '../../trusted-documents');

/**
 * The modes when TRUSTED_DOCUMENTS_* is not set. In production anonymous callers and service clients must send
 * registered documents, and so must developers (they try operations outside production); elsewhere unregistered
 * operations of anonymous callers and service clients are logged, so that a team sees what it must register, and
 * developers send anything.
 */
export const DEFAULT_TRUSTED_DOCUMENT_MODES: Record<'production' | 'other', Record<CallerKind, TrustedDocumentMode>> = {
  production: { anonymous: 'enforce', service: 'enforce', developer: 'enforce' },
  other: { anonymous: 'log-unknown', service: 'log-unknown', developer: 'off' },
};

const modeSchema = z.enum(TRUSTED_DOCUMENT_MODES).optional();

/** The gateway's TRUSTED_DOCUMENTS_* variables (spread into its configuration schema). */
export const trustedDocumentsEnvironmentSchema = z.object({
  TRUSTED_DOCUMENTS_ANONYMOUS: modeSchema,
  TRUSTED_DOCUMENTS_SERVICE: modeSchema,
  TRUSTED_DOCUMENTS_DEVELOPER: modeSchema,
  TRUSTED_DOCUMENTS_DEVELOPER_SCOPE: z.string().regex(/^\S+$/, { error: 'expected one scope, without spaces' }).default('developer'),
  /** A folder of manifests; `none` loads none (then only Redis has documents). */
  TRUSTED_DOCUMENTS_DIR: z.string().min(1).default(DEFAULT_TRUSTED_DOCUMENTS_DIR),
  TRUSTED_DOCUMENTS_REDIS_KEY: z.string().min(1).default(DEFAULT_TRUSTED_DOCUMENTS_REDIS_KEY),
});

/** The trusted-documents options from parsed variables, NODE_ENV and REDIS_URL. */
export function trustedDocumentsOptionsOf(
  config: z.infer<typeof trustedDocumentsEnvironmentSchema> & { NODE_ENV: string; REDIS_URL?: string | undefined },
): TrustedDocumentsOptions {
  const defaults = DEFAULT_TRUSTED_DOCUMENT_MODES[config.NODE_ENV === 'production' ? 'production' : 'other'];
  return {
    modes: {
      anonymous: config.TRUSTED_DOCUMENTS_ANONYMOUS ?? defaults.anonymous,
      service: config.TRUSTED_DOCUMENTS_SERVICE ?? defaults.service,
      developer: config.TRUSTED_DOCUMENTS_DEVELOPER ?? defaults.developer,
    },
    developerScope: config.TRUSTED_DOCUMENTS_DEVELOPER_SCOPE,
    ...(config.TRUSTED_DOCUMENTS_DIR === 'none' ? {} : { directory: config.TRUSTED_DOCUMENTS_DIR }),
    ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}),
    redisKey: config.TRUSTED_DOCUMENTS_REDIS_KEY,
  };
}

/** The trusted-documents options an environment gives (NODE_ENV, REDIS_URL, TRUSTED_DOCUMENTS_*), as the gateway parses them. */
export function trustedDocumentsFromEnvironment(env: Record<string, string | undefined>): TrustedDocumentsOptions {
  return trustedDocumentsOptionsOf({ ...trustedDocumentsEnvironmentSchema.parse(env), NODE_ENV: env.NODE_ENV ?? 'development', REDIS_URL: env.REDIS_URL });
}
