import type { Logger } from 'pino';
import type { GraphStore } from '../graph/port.js';
import type { Principal } from './auth.js';
import type { ApiDeps } from './deps.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { ResolvedLimits } from './options.js';
import type { StatementEvents } from './pubsub.js';

/** What every resolver receives; built fresh per request so loader caches never go stale. */
export interface ApiContext {
  store: GraphStore;
  deps: ApiDeps;
  loaders: Loaders;
  limits: ResolvedLimits;
  principal: Principal;
  events: StatementEvents;
  logger: Logger;
}

export interface ContextFactoryInput {
  deps: ApiDeps;
  limits: ResolvedLimits;
  events: StatementEvents;
}

export const createContext = (
  base: ContextFactoryInput,
  principal: Principal,
  logger: Logger,
): ApiContext => ({
  store: base.deps.store,
  deps: base.deps,
  loaders: createLoaders(base.deps.store),
  limits: base.limits,
  principal,
  events: base.events,
  logger,
});
