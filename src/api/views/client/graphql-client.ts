import { createClient, type Client } from 'graphql-ws';

/** The views' only channel to quotegraph: GraphQL over HTTP POST, subscriptions over graphql-ws. */
export class GraphqlClient {
  private ws: Client | null = null;

  constructor(readonly endpoint: string) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    if (!body.data) throw new Error(`GraphQL request failed with HTTP ${response.status}`);
    return body.data;
  }

  /** Calls `onData` for each event until the returned function is called. */
  subscribe<T>(
    query: string,
    variables: Record<string, unknown>,
    onData: (data: T) => void,
  ): () => void {
    if (!this.ws) {
      const url = new URL(this.endpoint, document.baseURI);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      this.ws = createClient({ url: url.href, lazy: true, retryAttempts: 5 });
    }
    return this.ws.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.data) onData(result.data as T);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }

  dispose(): void {
    void this.ws?.dispose();
    this.ws = null;
  }
}
