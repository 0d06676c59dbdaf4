/* global setTimeout, clearTimeout */
// Plain JavaScript because jest loads global setup outside its module mapper; the tests and
// the benchmark import it too (types in launcher-process.d.mts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = fileURLToPath(new URL('../neo4j-launcher/', import.meta.url));
export const LAUNCHER_JAR = `${LAUNCHER_DIR}target/neo4j-launcher.jar`;

const has = (command) => spawnSync(command, ['-version'], { stdio: 'ignore' }).status === 0;

/** Why a launcher cannot run here, or null when it can (building the jar if Maven is present). */
export const launcherUnavailableReason = () => {
  if (!has('java')) return 'java is not installed';
  if (existsSync(LAUNCHER_JAR)) return null;
  if (!has('mvn')) return `${LAUNCHER_JAR} is not built and mvn is not installed`;
  const build = spawnSync('bash', [`${LAUNCHER_DIR}build.sh`], { stdio: 'inherit' });
  return build.status === 0 ? null : 'test/neo4j-launcher/build.sh failed';
};

/** Starts Neo4j in-process in a JVM; resolves once it prints READY with its bolt address. */
export const startNeo4j = (options = {}) => {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const args = ['-Xms128m', '-Xmx768m', '-XX:+UseSerialGC', '-jar', LAUNCHER_JAR];
  if (options.port) args.push('--port', String(options.port));
  if (options.dir) args.push('--dir', options.dir);
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j launcher not ready after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk.toString();
      const ready = /READY (bolt:\/\/\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.off('exit', onEarlyExit);
        resolve(running(child, ready[1]));
      }
    };
    const onEarlyExit = (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j launcher exited with ${code} before READY:\n${output}`));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString();
    });
    child.once('exit', onEarlyExit);
  });
};

const running = (child, uri) => {
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  child.stdout.resume();
  child.stderr.resume();
  return {
    uri,
    pid: child.pid,
    async stop() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
};
