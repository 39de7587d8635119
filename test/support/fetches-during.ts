/**
 * The fetch requests a page makes while `run` runs, for tests that a component asks the network for
 * nothing. `fetch` is watched, not blocked, and put back afterwards even if `run` throws.
 */
export async function fetchesDuring(run: () => Promise<void>): Promise<string[]> {
  const realFetch = window.fetch;
  const requests: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(String(input));
    return realFetch(input, init);
  }) as typeof window.fetch;
  try {
    await run();
  } finally {
    window.fetch = realFetch;
  }
  return requests;
}
