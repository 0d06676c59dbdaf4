import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

/** Tags every transaction and the driver's user agent, so DBAs can see who runs what. */
export const APP_TAG = `${pkg.name}@${pkg.version}`;
