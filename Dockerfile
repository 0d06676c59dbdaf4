# quotegraph API image: compile in one stage, run from a slim one.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# No `npm prune --omit=dev`: the views bundle their browser client with esbuild at run time.
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# Read at startup: the Neo4j adapter's and export's Cypher files, the GraphQL schema.
COPY cypher ./cypher
COPY schema ./schema
USER node
EXPOSE 4000
ENTRYPOINT ["node", "dist/cli/main.js"]
CMD ["serve"]
