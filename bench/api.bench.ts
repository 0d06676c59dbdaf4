/**
 * API latency and throughput on generated graphs (autocannon on loopback, server in a child
 * process). Three typical queries; the indexed filter (one speaker's statements) is the one whose
 * time must not grow with graph size. Sizes: QUOTEGRAPH_BENCH_SIZES (default 10000,100000,1000000
 * when the machine has 8 GB free, else without 10^6); seconds per query: QUOTEGRAPH_BENCH_SECONDS;
 * concurrent connections: QUOTEGRAPH_BENCH_CONNECTIONS (10). Wall latency on a shared machine
 * moves with its load, so the server's CPU time per request is reported too.
 */
import { fork } from 'node:child_process';
import { cpus, freemem, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

interface Ready {
  url: string;
  probeSpeaker: string;
  probeTarget: string;
  counts: { statements: number; entities: number; articles: number };
  loadSeconds: number;
  firstSortSeconds: number;
  heapMB: number;
}

const PAGE_FIELDS = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
  id relation confidence quote { text type start end }
  speaker { id name kind } target { id name kind } article { id title outlet publishedAt } } }`;

const QUERIES = (r: Ready) => ({
  'statements page (20, speaker/target/article)': {
    query: `{ statements(first: 20) { ${PAGE_FIELDS} } }`,
  },
  'indexed filter: one speaker, 20': {
    query: `query Q($s: ID!) { statements(filter: { speaker: $s }, first: 20) { ${PAGE_FIELDS} } }`,
    variables: { s: r.probeSpeaker },
  },
  'dashboard: entity + counterparts + network': {
    query: `query Q($c: ID!) {
      entity(id: $c) { name statementsMadeCount counterparts(direction: OUT) { entity { name } total } }
      network(center: $c, depth: 1, limit: 50) { nodes { id activity entity { name kind } } edges { source target relation count } }
    }`,
    variables: { c: r.probeSpeaker },
  },
});

const sizes = (): number[] => {
  const env = process.env.QUOTEGRAPH_BENCH_SIZES;
  if (env) return env.split(',').map(Number);
  return freemem() > 8 * 2 ** 30 ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
};

interface BenchServer {
  ready: Ready;
  /** Server process CPU time so far, in ms. */
  cpuMs: () => Promise<number>;
  stop: () => Promise<void>;
}

const startServer = (size: number) =>
  new Promise<BenchServer>((resolve, reject) => {
    const child = fork(
      fileURLToPath(new URL('./api-bench-server.ts', import.meta.url)),
      [String(size)],
      {
        execArgv: ['--import', 'tsx', '--max-old-space-size=12000', '--expose-gc'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        // As deployed: graphql-js skips its development-only checks, errors are terse.
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.once('message', (ready) =>
      resolve({
        ready: ready as Ready,
        cpuMs: () =>
          new Promise((done) => {
            child.once('message', (m) => done((m as { cpuMs: number }).cpuMs));
            child.send('cpu');
          }),
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.send('stop');
          }),
      }),
    );
  });

export default async function run(): Promise<void> {
  const seconds = Number(process.env.QUOTEGRAPH_BENCH_SECONDS ?? 5);
  const connections = Number(process.env.QUOTEGRAPH_BENCH_CONNECTIONS ?? 10);
  const rows: string[] = [];
  for (const size of sizes()) {
    const { ready, stop, cpuMs } = await startServer(size);
    process.stdout.write(
      `${ready.counts.statements} statements, ${ready.counts.entities} entities: built in ${ready.loadSeconds.toFixed(1)} s, heap ${ready.heapMB} MB, first unfiltered page after a write ${ready.firstSortSeconds.toFixed(2)} s\n`,
    );
    try {
      for (const [name, body] of Object.entries(QUERIES(ready))) {
        const request = {
          url: `${ready.url}/graphql`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        };
        const check = await fetch(request.url, request);
        const json = (await check.json()) as { errors?: unknown };
        if (json.errors) throw new Error(`${name}: ${JSON.stringify(json.errors)}`);
        await autocannon({ ...request, connections: 4, duration: 1 }); // warm-up (JIT, caches)
        const cpuBefore = await cpuMs();
        const r = await autocannon({ ...request, connections, duration: seconds });
        const cpuPerRequest = ((await cpuMs()) - cpuBefore) / r.requests.total;
        const failed = r.non2xx + r.errors + r.timeouts;
        rows.push(
          `| ${ready.counts.statements.toLocaleString('en')} | ${name} | ${r.latency.p50} | ${r.latency.p99} | ${Math.round(r.requests.average)} | ${cpuPerRequest.toFixed(2)} | ${failed} |`,
        );
        process.stdout.write(`${rows[rows.length - 1]}\n`);
      }
    } finally {
      await stop();
    }
  }
  process.stdout.write(
    `\n${connections} connections, ${seconds} s per query; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores\n` +
      `| statements | query | p50 ms | p99 ms | req/s | server CPU ms/req | failed |\n|---:|---|---:|---:|---:|---:|---:|\n${rows.join('\n')}\n`,
  );
}
