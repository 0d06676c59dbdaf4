import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** docker-compose v1 (Debian's package) or the compose plugin; both validate without an engine. */
const composeCommand = (): string[] | null => {
  if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0)
    return ['docker-compose'];
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0)
    return ['docker', 'compose'];
  return null;
};

const compose = composeCommand();
const reason = compose ? null : 'neither docker-compose nor the docker compose plugin is installed';
if (reason) console.warn(`SKIPPED compose validation: ${reason}`);
const describeCompose = compose ? describe : describe.skip;

const run = (dir: string, args: string[], env: Record<string, string> = {}) => {
  const [command, ...base] = compose!;
  const { NEO4J_PASSWORD: _ignored, ...rest } = process.env;
  const result = spawnSync(command!, [...base, '-f', join(dir, 'docker-compose.yml'), ...args], {
    cwd: dir,
    env: { ...rest, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

interface ComposeFile {
  services: Record<string, Record<string, unknown>>;
  volumes: Record<string, unknown>;
}

describeCompose(`docker-compose.yml${reason ? ` [skipped: ${reason}]` : ''}`, () => {
  const env = { NEO4J_PASSWORD: 'test-password' };

  it('validates with the compose tool', () => {
    const result = run(ROOT, ['config', '--quiet'], env);
    expect([result.status, result.stderr]).toEqual([0, '']);
  });

  it('runs Neo4j 5 with a healthcheck and a named volume, and the API waits for it healthy', () => {
    const config = loadYaml(run(ROOT, ['config'], env).stdout) as ComposeFile;
    const { neo4j, api } = config.services;
    expect(neo4j!.image).toMatch(/^neo4j:5/);
    expect(neo4j!.healthcheck).toMatchObject({ test: expect.arrayContaining(['CMD-SHELL']) });
    expect(neo4j!.volumes).toEqual([expect.stringMatching(/^neo4j-data:\/data/)]);
    expect(Object.keys(config.volumes)).toEqual(['neo4j-data']);
    expect(api!.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(api!.build).toMatchObject({ dockerfile: 'Dockerfile' });
    expect(api!.environment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_PASSWORD: 'test-password',
    });
    expect((neo4j!.environment as Record<string, string>).NEO4J_AUTH).toBe('neo4j/test-password');
  });

  it('refuses to start without NEO4J_PASSWORD', () => {
    const result = run(ROOT, ['config', '--quiet']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('NEO4J_PASSWORD');
  });

  it('fails on a broken compose file, so the check can fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotegraph-compose-'));
    try {
      const broken = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8').replace(
        'condition: service_healthy',
        'condition: service_healthy\n      nothing-here:\n        condition: service_started',
      );
      writeFileSync(join(dir, 'docker-compose.yml'), broken);
      const result = run(dir, ['config', '--quiet'], env);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('nothing-here');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

  it('builds in one stage and runs from another', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/COPY --from=build /);
  });

  it('copies only paths that exist in the repository', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) =>
      m[1]!.split(/\s+/),
    );
    expect(sources).toEqual(expect.arrayContaining(['cypher', 'src', 'package-lock.json']));
    expect(sources.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});
