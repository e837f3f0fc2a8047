import { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { ErrorCode } from './errors';
import { type Logger } from './logger';

/** Answers an HTTP-level refusal the way GraphQL errors look, so that a client needs one error shape. */
function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** body-parser's and the UTF-8 check's error types → status, code and a message that echoes nothing of the body. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: (error: { limit?: number; charset?: string }) => string }> = {
  'entity.too.large': {
    status: 413,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: ({ limit }) => `The request body is larger than the ${limit ?? 'accepted'} bytes accepted.`,
  },
  'entity.parse.failed': { status: 400, code: ErrorCode.BAD_REQUEST, message: () => 'The request body is not valid JSON.' },
  'charset.unsupported': {
    status: 415,
    code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    message: ({ charset }) => `Unsupported charset ${JSON.stringify(charset)}: send JSON in UTF-8.`,
  },
  'encoding.unsupported': { status: 415, code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: () => 'Unsupported content encoding: send identity, gzip, deflate or br.' },
  'entity.invalid-utf8': { status: 400, code: ErrorCode.BAD_USER_INPUT, message: () => 'Invalid request body: it is not valid UTF-8.' },
  'request.aborted': { status: 400, code: ErrorCode.BAD_REQUEST, message: () => 'The request was aborted before its body arrived.' },
  'request.size.invalid': { status: 400, code: ErrorCode.BAD_REQUEST, message: () => 'The request body does not have the length its Content-Length says.' },
};

/**
 * Refuses a POST whose body is not JSON with 415 (Apollo Server only reads `application/json`; it answered other types
 * with a CSRF warning or an empty-body error).
 */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json')) {
    next();
    return;
  }
  sendError(res, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, `Unsupported content type ${JSON.stringify(req.headers['content-type'] ?? '')}: send application/json.`);
};

/** A path the service does not serve: 404 in the shape of a GraphQL error instead of Express's HTML page. */
export const answerNotFound: RequestHandler = (req, res) => {
  sendError(res, 404, ErrorCode.NOT_FOUND, `Nothing is served at ${req.method} ${req.path}.`);
};

/**
 * The last Express error handler of every service: body and transport errors get their 4xx and a code, anything
 * else is masked and logged with the request id, in the shape of a GraphQL error. Express's own handler answers
 * HTML with a stack trace.
 */
export function createHttpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
    const known = BODY_ERRORS[type];
    if (known) {
      sendError(res, known.status, known.code, known.message(error as { limit?: number; charset?: string }));
      return;
    }
    const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
    if (status >= 400 && status < 500) {
      sendError(res, status, ErrorCode.BAD_REQUEST, 'The request cannot be served as sent.');
      return;
    }
    logger.error({ err: error, requestId: req.id }, 'masked an unexpected HTTP error');
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Unexpected error.');
  };
}
