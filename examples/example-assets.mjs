// Where the examples' URLs come from, shared by serve.mjs and server-rendered/server.mjs. A council
// copies the same files into its own site: `dist/rhi-toolkit.js` (built by `npm run build`) to
// /assets/rhi-toolkit.js, and the resolved rulesets (`packages/engine/dist/rulesets/<id>.json`) to
// /assets/rulesets/. Only these folders are served: nothing else in the repository is reachable.
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** URL prefix → folder in this repository. */
const mounts = [
  ['/assets/rulesets/', join(root, 'packages/engine/dist/rulesets')],
  ['/assets/', join(root, 'dist')],
  ['/examples/', join(root, 'examples')],
];

/** Files a page may load by name (the theme is shared by every example). */
const namedFiles = {
  '/assets/council-theme.css': join(root, 'examples/council-theme.css'),
};

export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The file a URL path names, or undefined (outside the mounts, missing, or not a file). */
export function assetFile(pathname) {
  if (namedFiles[pathname]) return namedFiles[pathname];
  const withIndex = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  for (const [prefix, folder] of mounts) {
    if (!withIndex.startsWith(prefix)) continue;
    const file = normalize(join(folder, withIndex.slice(prefix.length)));
    if (!file.startsWith(folder + sep)) return undefined;
    return existsSync(file) && statSync(file).isFile() && contentTypes[extname(file)] ? file : undefined;
  }
  return undefined;
}

export function contentTypeOf(file) {
  return contentTypes[extname(file)];
}
