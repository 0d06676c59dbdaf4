import type { Server } from 'node:http';
import { specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Principal } from './auth.js';
import { createContext, type ContextFactoryInput } from './context.js';

interface WsOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  base: ContextFactoryInput;
  validationRules: ValidationRule[];
  authenticate: (authorization: string | undefined) => Principal;
  readsRequireKey: boolean;
  logger: Logger;
}

const authorizationOf = (params: Readonly<Record<string, unknown>> | undefined) => {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
};

/** graphql-ws on the same http server and path as HTTP GraphQL, with the same validation rules. */
export const attachWebSocket = (o: WsOptions) => {
  const wsServer = new WebSocketServer({
    server: o.httpServer,
    path: '/graphql',
    maxPayload: o.base.limits.maxBodyBytes,
  });
  const rules = [...specifiedRules, ...o.validationRules];
  const handle = useServer(
    {
      schema: o.schema,
      validate: (schema, document) => validate(schema, document, rules),
      onConnect: (ctx) => {
        const principal = o.authenticate(authorizationOf(ctx.connectionParams));
        // Returning false closes the socket with 4403 Forbidden.
        if (principal.kind === 'invalid') return false;
        return !(o.readsRequireKey && principal.kind !== 'key');
      },
      context: (ctx) =>
        createContext(
          o.base,
          o.authenticate(authorizationOf(ctx.connectionParams)),
          o.logger.child({ transport: 'ws' }),
        ),
    },
    wsServer,
  );
  return {
    async close() {
      await handle.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
};
