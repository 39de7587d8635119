/**
 * Stands in for eventemitter2 in the engine's builds (browser, Node and bundler).
 * json-rules-engine's Engine and Rule extend it, but
 * use only `on` (a rule's onSuccess/onFailure) and `emitAsync` (after each rule); the toolkit
 * listens to neither, so the 18 KB library shrinks to this. Listeners run in the order added, and
 * `emitAsync` resolves when every listener's promise has, as eventemitter2's does.
 *
 * A function constructor, not a class: json-rules-engine is compiled to ES5 and calls its base
 * constructor as `Base.call(this)`, which a class constructor refuses.
 */
type Listener = (...args: unknown[]) => unknown;

interface SmallEventEmitter {
  listenersByEvent: Map<string, Listener[]>;
  on(event: string, listener: Listener): this;
  addListener(event: string, listener: Listener): this;
  off(event: string, listener: Listener): this;
  removeListener(event: string, listener: Listener): this;
  emit(event: string, ...args: unknown[]): boolean;
  emitAsync(event: string, ...args: unknown[]): Promise<readonly unknown[]>;
}

function SmallEventEmitter(this: SmallEventEmitter): void {
  this.listenersByEvent = new Map();
}

function listenersOf(emitter: SmallEventEmitter, event: string): Listener[] {
  // Created lazily too: a subclass instance may call `on` before this constructor ran.
  emitter.listenersByEvent ??= new Map();
  let listeners = emitter.listenersByEvent.get(event);
  if (!listeners) emitter.listenersByEvent.set(event, (listeners = []));
  return listeners;
}

SmallEventEmitter.prototype.on = function on(this: SmallEventEmitter, event: string, listener: Listener) {
  listenersOf(this, event).push(listener);
  return this;
};
SmallEventEmitter.prototype.addListener = SmallEventEmitter.prototype.on;

SmallEventEmitter.prototype.off = function off(this: SmallEventEmitter, event: string, listener: Listener) {
  const listeners = listenersOf(this, event);
  const index = listeners.indexOf(listener);
  if (index >= 0) listeners.splice(index, 1);
  return this;
};
SmallEventEmitter.prototype.removeListener = SmallEventEmitter.prototype.off;

SmallEventEmitter.prototype.emit = function emit(this: SmallEventEmitter, event: string, ...args: unknown[]) {
  const listeners = [...listenersOf(this, event)];
  for (const listener of listeners) listener.apply(this, args);
  return listeners.length > 0;
};

// Settled once and shared: json-rules-engine waits on three emits per rule per run and nobody listens.
const NOTHING_TO_WAIT_FOR: Promise<readonly unknown[]> = Promise.resolve(Object.freeze([]));

SmallEventEmitter.prototype.emitAsync = function emitAsync(this: SmallEventEmitter, event: string, ...args: unknown[]) {
  const listeners = this.listenersByEvent?.get(event);
  if (!listeners || listeners.length === 0) return NOTHING_TO_WAIT_FOR;
  return Promise.all([...listeners].map((listener) => listener.apply(this, args)));
};

export default SmallEventEmitter;

/** json-rules-engine is CommonJS and reads `require('eventemitter2').default` only from a module marked as an ES module. */
export const __esModule = true;
