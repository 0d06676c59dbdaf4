import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { auth, startTestServer, type TestServer } from './harness.js';

let t: TestServer;
let client: Client;
beforeAll(async () => {
  t = await startTestServer();
  client = createClient({
    url: `${t.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
});
afterAll(async () => {
  await client.dispose();
  await t.close();
});

const article = (speaker: string, outlet: string) => ({
  text: `City news.\n\n"The tram line opens in May," ${speaker} told reporters on ${outlet} day.\n`,
  outlet,
  publishedAt: '2026-05-01',
});

/** Collects events of one subscription until `count` arrive or the wait ends. */
const collect = (query: string, variables: Record<string, unknown>, count: number, ms = 3000) => {
  const got: Record<string, unknown>[] = [];
  let stop = () => {};
  const done = new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const timer = setTimeout(() => resolve(got), ms);
    stop = client.subscribe(
      { query, variables },
      {
        next: (v) => {
          got.push(v as Record<string, unknown>);
          if (got.length >= count) {
            clearTimeout(timer);
            resolve(got);
          }
        },
        error: reject,
        complete: () => resolve(got),
      },
    );
  });
  return { done: done.finally(() => stop()) };
};

describe('statementAdded over graphql-ws', () => {
  it('delivers statements from an ingest that match the filter, and only those', async () => {
    const SUB = `subscription S($f: StatementFilter) { statementAdded(filter: $f) { id quote { text } article { outlet } speaker { name } } }`;
    const matching = collect(SUB, { f: { outlet: 'Tram Gazette' } }, 1);
    const everything = collect(SUB, {}, 2);
    // Let the server register both subscriptions before the ingest.
    await new Promise((r) => setTimeout(r, 150));
    const ingest = await t.gql(
      `mutation I($input: [ArticleInput!]!) { ingestArticles(input: $input) { statements { id } } }`,
      {
        input: [
          article('Mayor Ines Duarte', 'Tram Gazette'),
          article('Councillor Rob Vance', 'Other Paper'),
        ],
      },
      auth,
    );
    expect(ingest.errors).toBeUndefined();
    const [only] = await matching.done;
    expect(only).toMatchObject({
      data: {
        statementAdded: {
          quote: { text: 'The tram line opens in May,' },
          article: { outlet: 'Tram Gazette' },
        },
      },
    });
    const all = await everything.done;
    expect(
      all
        .map(
          (e) =>
            (e as { data: { statementAdded: { article: { outlet: string } } } }).data.statementAdded
              .article.outlet,
        )
        .sort(),
    ).toEqual(['Other Paper', 'Tram Gazette']);
  });

  it('validates subscriptions with the same limits as HTTP', async () => {
    let inner = 'id';
    for (let i = 0; i < 6; i++)
      inner = `speaker { statementsMade(first: 1) { edges { node { ${inner} } } } }`;
    await expect(
      collect(`subscription { statementAdded { ${inner} } }`, {}, 1, 1000).done,
    ).rejects.toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: expect.stringMatching(/depth limit/i) }),
      ]),
    );
  });
});
