// Starts the demo portal (`node demo/serve.mjs`) as a child process on a free port, for the
// screenshot script and the tests: resolves once it prints its address.
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const addressLine = /^RHI demo portal: (http:\/\/\S+)$/m;

/**
 * Resolves with `{ url, child, output(), stop() }`: `output()` is everything the server printed so
 * far, `stop()` sends SIGTERM and resolves with its exit code. Rejects if it exits or is silent.
 */
export function startPortal({ port = 0, timeout = 10_000 } = {}) {
  const child = spawn(process.execPath, ['demo/serve.mjs'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  child.stdout.setEncoding('utf8').on('data', (text) => (printed += text));
  child.stderr.setEncoding('utf8').on('data', (text) => (printed += text));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the demo portal printed no address within ${timeout} ms:\n${printed}`));
    }, timeout);
    const onData = () => {
      const found = addressLine.exec(printed);
      if (!found) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve({
        url: found[1],
        child,
        output: () => printed,
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the demo portal stopped (exit ${code}) before it printed its address:\n${printed}`));
    });
  });
}
