// The test runner's dev server serves ES modules only, and json-rules-engine ships CommonJS.
// This plugin bundles such a package to one ES module with esbuild on first request and
// re-exports each named export of the real module (its default export is a factory, not the module).
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const PREFIX = '/__prebundled__/';

export function prebundleCommonJs(packageNames) {
  const cache = new Map();
  return {
    name: 'prebundle-commonjs',
    resolveImport({ source }) {
      if (packageNames.includes(source)) return `${PREFIX}${source}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const packageName = context.path.slice(PREFIX.length, -'.js'.length);
      if (!packageNames.includes(packageName)) return undefined;
      if (!cache.has(packageName)) {
        const names = Object.keys(require(packageName)).filter((name) => name !== 'default' && name !== '__esModule');
        const result = await build({
          stdin: { contents: `export { ${names.join(', ')} } from '${packageName}';`, resolveDir: process.cwd(), loader: 'js' },
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
        });
        cache.set(packageName, result.outputFiles[0].text);
      }
      return { body: cache.get(packageName), type: 'js' };
    },
  };
}
