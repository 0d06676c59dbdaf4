import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.js';

/** schema/ sits at the repository root, two levels above both src/api and dist/api. */
export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema');

export const loadTypeDefs = (dir = SCHEMA_DIR): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));

/** The executable schema shared by HTTP (Apollo) and WebSocket (graphql-ws). */
export const buildSchema = (dir = SCHEMA_DIR): GraphQLSchema =>
  makeExecutableSchema({
    typeDefs: loadTypeDefs(dir),
    resolvers,
    inheritResolversFromInterfaces: true,
  });
