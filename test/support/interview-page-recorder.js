// Test instrumentation for test/csp/interview-page.html, loaded as the page's first script so it is
// in place before the toolkit's bundle runs. It records what the test must check: every request the
// page starts (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource, and every resource the
// browser loads: scripts, images, fonts, style sheets), every console line and uncaught error, and
// every Content-Security-Policy violation. The records go to the window that opened the page in an
// iframe when it offers `rhiPageRecords`, so they outlive the page (the form post navigates away).
(() => {
  const records = sharedRecords();
  window.rhiPageRecords = records;
  const recorderPath = document.currentScript ? new URL(document.currentScript.src).pathname : '';

  function sharedRecords() {
    try {
      if (window.parent !== window && window.parent.rhiPageRecords) return window.parent.rhiPageRecords;
    } catch {
      // A parent on another origin: keep the records in this page.
    }
    return { requests: [], resources: [], consoleLines: [], violations: [] };
  }

  function absolute(url) {
    try {
      return new URL(String(url), document.baseURI).href;
    } catch {
      return String(url);
    }
  }

  /** The first script (other than this one) on the stack: who asked for the request. */
  function caller() {
    const scripts = [...(new Error().stack ?? '').matchAll(/(https?:\/\/[^\s()]+?):\d+:\d+/g)].map((match) => new URL(match[1]).pathname);
    return scripts.find((path) => path !== recorderPath) ?? 'unknown';
  }

  function noteRequest(api, url, method) {
    records.requests.push({ api, method: String(method ?? 'GET').toUpperCase(), url: absolute(url), caller: caller() });
  }

  const pageFetch = window.fetch;
  window.fetch = function fetch(input, init) {
    const request = input instanceof Request ? input : undefined;
    noteRequest('fetch', request ? request.url : input, init?.method ?? request?.method);
    return Reflect.apply(pageFetch, window, [input, init]);
  };

  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    noteRequest('XMLHttpRequest', url, method);
    return Reflect.apply(open, this, [method, url, ...rest]);
  };

  const sendBeacon = Navigator.prototype.sendBeacon;
  Navigator.prototype.sendBeacon = function (url, body) {
    noteRequest('sendBeacon', url, 'POST');
    return Reflect.apply(sendBeacon, this, [url, body]);
  };

  const PageWebSocket = window.WebSocket;
  window.WebSocket = class WebSocket extends PageWebSocket {
    constructor(url, protocols) {
      noteRequest('WebSocket', url, 'GET');
      super(url, protocols);
    }
  };

  const PageEventSource = window.EventSource;
  window.EventSource = class EventSource extends PageEventSource {
    constructor(url, options) {
      noteRequest('EventSource', url, 'GET');
      super(url, options);
    }
  };

  function keepResources(entries) {
    for (const entry of entries) records.resources.push({ url: entry.name, initiatorType: entry.initiatorType });
  }
  const resourceObserver = new PerformanceObserver((list) => keepResources(list.getEntries()));
  resourceObserver.observe({ type: 'resource', buffered: true });
  // Entries not yet delivered when the page goes (the form post) are taken on the way out.
  window.addEventListener('pagehide', () => keepResources(resourceObserver.takeRecords()));

  /** A console argument as text, objects in full (cycles cut), so an answer nested anywhere shows. */
  function textOf(part) {
    if (typeof part === 'string') return part;
    if (part instanceof Error) return `${part.name}: ${part.message}\n${part.stack ?? ''}`;
    const seen = new WeakSet();
    try {
      const json = JSON.stringify(part, (_key, value) => {
        if (typeof value !== 'object' || value === null) return value;
        if (seen.has(value)) return '[seen]';
        seen.add(value);
        return value;
      });
      return json === undefined ? String(part) : json;
    } catch {
      return String(part);
    }
  }

  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']) {
    const write = console[method];
    console[method] = function (...parts) {
      records.consoleLines.push({ method, text: parts.map(textOf).join(' ') });
      return Reflect.apply(write, this, parts);
    };
  }
  window.addEventListener('error', (event) => {
    records.consoleLines.push({ method: 'uncaught error', text: `${event.message} ${textOf(event.error)} (${event.filename}:${event.lineno})` });
  });
  window.addEventListener('unhandledrejection', (event) => {
    records.consoleLines.push({ method: 'unhandled rejection', text: textOf(event.reason) });
  });

  document.addEventListener('securitypolicyviolation', (event) => {
    records.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
  });
})();
