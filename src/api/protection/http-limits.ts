import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { ResolvedLimits } from '../options.js';

const reject = (status: number, code: string, message: string) => ({
  status,
  body: { errors: [{ message, extensions: { code } }] },
});

/** JSON body parsing with a size limit, and a cap on batched operations. */
export const bodyLimits = (limits: ResolvedLimits): RequestHandler[] => [
  express.json({ limit: limits.maxBodyBytes }),
  (req, res, next) => {
    const body: unknown = req.body;
    if (Array.isArray(body) && body.length > limits.maxBatch) {
      const r = reject(
        400,
        'BATCH_NOT_ALLOWED',
        limits.maxBatch <= 1
          ? 'Batched requests are disabled; send one operation per request'
          : `Batch of ${body.length} operations exceeds the limit of ${limits.maxBatch}`,
      );
      res.status(r.status).json(r.body);
      return;
    }
    next();
  },
];

/** Turns body-parser failures (too large, malformed JSON) into GraphQL-shaped errors. */
export const bodyErrorHandler =
  (limits: ResolvedLimits): ErrorRequestHandler =>
  (err: { type?: string; status?: number }, _req, res, next) => {
    if (err.type === 'entity.too.large') {
      const r = reject(
        413,
        'PAYLOAD_TOO_LARGE',
        `Request body exceeds the limit of ${limits.maxBodyBytes} bytes`,
      );
      res.status(r.status).json(r.body);
    } else if (err.type === 'entity.parse.failed') {
      const r = reject(400, 'BAD_REQUEST', 'Request body is not valid JSON');
      res.status(r.status).json(r.body);
    } else {
      next(err);
    }
  };
