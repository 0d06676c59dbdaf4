import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { makeAuthenticator } from './auth.js';
import { createContext, type ApiContext } from './context.js';
import type { ApiDeps } from './deps.js';
import { apiError, makeFormatError } from './errors.js';
import { buildSchema } from './load-schema.js';
import { resolveLimits, type ApiOptions } from './options.js';
import { playgroundRouter } from './playground/playground-router.js';
import { armorProtection } from './protection/armor.js';
import { bodyErrorHandler, bodyLimits } from './protection/http-limits.js';
import { timeoutPlugin } from './protection/timeout-plugin.js';
import { StatementEvents } from './pubsub.js';
import { createLogger, requestLog } from './request-log.js';
import { attachWebSocket } from './websocket.js';

export type { ApiDeps } from './deps.js';
export type { ApiOptions } from './options.js';

export interface ApiServer {
  app: express.Express;
  httpServer: http.Server;
  /** Starts listening; resolves to the base URL (`http://host:port`). */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const corsOptions = (origins: ApiOptions['corsOrigins']): cors.CorsOptions => ({
  origin: origins === '*' ? '*' : (origins ?? []).length > 0 ? origins : false,
  allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
  exposedHeaders: ['x-request-id'],
});

/** The HTTP + WebSocket server: /graphql, /playground, /healthz, /readyz and mounted views. */
export async function createApiServer(deps: ApiDeps, options: ApiOptions = {}): Promise<ApiServer> {
  const limits = resolveLimits(options.limits);
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const logger = options.logger ?? createLogger(options.logLevel ?? 'info');
  const readsRequireKey = options.readsRequireKey ?? false;
  const authenticate = makeAuthenticator(options.apiKeys ?? []);
  const events = new StatementEvents();
  const base = { deps, limits, events };
  const schema = buildSchema();

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  httpServer.requestTimeout = limits.requestTimeoutMs;

  const armor = armorProtection(limits, production);
  const ws = attachWebSocket({
    httpServer,
    schema,
    base,
    validationRules: armor.validationRules,
    authenticate,
    readsRequireKey,
    logger,
  });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<ApiContext>[]),
      timeoutPlugin(limits.executionTimeoutMs),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
    validationRules: armor.validationRules,
    formatError: makeFormatError(production, logger),
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.maxBatch > 1,
    // The playground needs introspection; the schema is documentation, not a secret.
    introspection: true,
    logger,
  });
  await apollo.start();

  app.use(requestLog(logger));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (req, res) => {
    try {
      res.json({ status: 'ready', counts: await deps.store.counts() });
    } catch (err) {
      req.log.warn({ err }, 'store not ready');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  options.mount?.(app);
  if (options.playground ?? true) app.use('/playground', playgroundRouter(deps.store));
  app.use(
    '/graphql',
    cors(corsOptions(options.corsOrigins)),
    ...bodyLimits(limits),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const principal = authenticate(req.get('authorization'));
        if (readsRequireKey && principal.kind !== 'key') {
          throw apiError(
            principal.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
            'This server needs an API key for every request: send Authorization: Bearer <key>',
          );
        }
        return createContext(base, principal, req.log);
      },
    }),
  );
  app.use(bodyErrorHandler(limits));
  const lastResort: ErrorRequestHandler = (err, req, res, _next) => {
    req.log.error({ err }, 'unhandled error');
    res.status(500).json({
      errors: [
        {
          message: production ? 'Internal server error' : String(err),
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  };
  app.use(lastResort);

  return {
    app,
    httpServer,
    listen: (port = options.port ?? 4000, host = options.host ?? '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { address, port: actual } = httpServer.address() as AddressInfo;
          const shown = address.includes(':') ? `[${address}]` : address;
          resolve(`http://${shown}:${actual}`);
        });
      }),
    async close() {
      await ws.close();
      await apollo.stop();
      if (httpServer.listening) await new Promise((r) => httpServer.close(() => r(undefined)));
    },
  };
}
