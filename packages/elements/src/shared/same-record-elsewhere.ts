/**
 * Notices when the record a component keeps a draft of is open somewhere else on this device too:
 * another tab, another window, or another component of the same kind with the same `draft-key`.
 * Each keeps its own answers and saves them over the other's draft, so the draft ends up with only
 * the answers of whichever saved last, and what was typed in the other can be lost on a reload.
 * The person is told, so they keep working in one place.
 *
 * The components on one origin talk over a BroadcastChannel: nothing leaves the device, and the
 * messages carry only the record's kind, its draft key and a random id per component, never an
 * answer. Where there is no BroadcastChannel, nothing is noticed and nothing else changes.
 */

type Message = { say: 'here' | 'here-too' | 'gone'; key: string; from: string };

function isMessage(data: unknown): data is Message {
  const message = data as Partial<Message> | null;
  return typeof message === 'object' && message !== null && typeof message.key === 'string' && typeof message.from === 'string' && ['here', 'here-too', 'gone'].includes(message.say as string);
}

function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export class SameRecordElsewhere {
  readonly #id = randomId();
  readonly #others = new Set<string>();
  #channel: BroadcastChannel | undefined;
  #key = '';

  /** `onChange(true)` when the record is first open elsewhere, `onChange(false)` when nowhere else any more. */
  constructor(
    private readonly channelName: string,
    private readonly onChange: (openElsewhere: boolean) => void,
  ) {}

  /** Announces the record (kind and key) as open here, and listens for the same record elsewhere. */
  start(key: string): void {
    if (this.#channel && this.#key === key) return;
    this.stop();
    if (typeof BroadcastChannel !== 'function') return;
    this.#key = key;
    this.#channel = new BroadcastChannel(this.channelName);
    this.#channel.onmessage = (event: MessageEvent) => this.#heard(event.data);
    this.#say('here');
  }

  /** Tells the others this component no longer holds the record (it left the page, or the page went). */
  stop(): void {
    if (!this.#channel) return;
    this.#say('gone');
    this.#channel.close();
    this.#channel = undefined;
    this.#set(() => this.#others.clear());
  }

  #heard(data: unknown): void {
    if (!isMessage(data) || data.key !== this.#key || data.from === this.#id) return;
    if (data.say === 'gone') this.#set(() => this.#others.delete(data.from));
    else this.#set(() => this.#others.add(data.from));
    // A newcomer learns of the ones already open from their answers.
    if (data.say === 'here') this.#say('here-too');
  }

  #say(say: Message['say']): void {
    const message: Message = { say, key: this.#key, from: this.#id };
    this.#channel?.postMessage(message);
  }

  #set(change: () => void): void {
    const before = this.#others.size > 0;
    change();
    const after = this.#others.size > 0;
    if (before !== after) this.onChange(after);
  }
}
