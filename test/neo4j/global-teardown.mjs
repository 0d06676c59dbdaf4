export default async function globalTeardown() {
  await globalThis.__quotegraphNeo4j?.stop();
  globalThis.__quotegraphNeo4j = undefined;
}
