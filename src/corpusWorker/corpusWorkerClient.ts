// Host side of the corpus worker: starts dist/corpusWorker.js once, sends it scans and updates,
// and resolves each with the worker's payload. No `vscode` import, so the benchmark uses it in
// plain Node exactly as the extension does.
import { Worker } from 'node:worker_threads';
import type { Lexicon } from '../core/workspaceLexicon/workspaceLexicon';
import { FILES_PER_CHUNK, packFiles } from './corpusWorkerProtocol';
import type { CorpusFile, CorpusOverride, CorpusPayload, FromWorker, PayloadLimits, ToWorker } from './corpusWorkerProtocol';

export const DEFAULT_LIMITS: PayloadLimits = { rows: 5000, files: 1000, thresholds: 2000 };

export class ScanCancelled extends Error {
  constructor() {
    super('corpus scan cancelled');
  }
}

interface Pending {
  resolve(payload: CorpusPayload): void;
  reject(error: Error): void;
  onProgress?: (done: number, total: number) => void;
  /** A result whose pages are still being fetched. */
  partial?: { payload: CorpusPayload; pages: number; next: number };
}

/** The buffers of `text` overrides: moved to the worker, not copied. */
function transferablesOf(overrides: readonly CorpusOverride[]): ArrayBuffer[] {
  return overrides.flatMap((o) => (o.kind === 'text' ? o.chunks.map((chunk) => chunk.buffer as ArrayBuffer) : []));
}

export class CorpusWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly workerPath: string, private readonly limits: PayloadLimits = DEFAULT_LIMITS) {}

  /**
   * Scans the files (only those changed since the last scan are read again; all of them when the
   * workspace lexicon changed) and resolves with
   * the corpus payload. `isCancelled` is polled on every progress report.
   */
  async scan(
    files: CorpusFile[],
    overrides: CorpusOverride[],
    onProgress?: (done: number, total: number) => void,
    isCancelled?: () => boolean,
    lexicon?: Lexicon,
  ): Promise<CorpusPayload> {
    const id = this.nextId++;
    const packed: Uint8Array[] = [];
    for (let i = 0; i < files.length; i += FILES_PER_CHUNK) {
      if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      packed.push(packFiles(files.slice(i, i + FILES_PER_CHUNK)));
    }
    const message: ToWorker = { type: 'scan', id, files: packed, lexicon, overrides: overrides.filter((o) => o.kind !== 'disk'), limits: this.limits };
    const handlers = {
      onProgress: (done: number, total: number) => {
        if (isCancelled?.()) this.send({ type: 'cancel', id });
        onProgress?.(done, total);
      },
    };
    return this.request(message, handlers, [...packed.map((chunk) => chunk.buffer as ArrayBuffer), ...transferablesOf(overrides)]);
  }

  /** Recomputes the totals with changed overrides; nothing is read from disk but closed documents. */
  update(overrides: CorpusOverride[]): Promise<CorpusPayload> {
    return this.request({ type: 'update', id: this.nextId++, overrides, limits: this.limits }, {}, transferablesOf(overrides));
  }

  dispose(): void {
    for (const p of this.pending.values()) p.reject(new ScanCancelled());
    this.pending.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private request(message: ToWorker, handlers: Pick<Pending, 'onProgress'>, transfer: ArrayBuffer[] = []): Promise<CorpusPayload> {
    return new Promise<CorpusPayload>((resolve, reject) => {
      const settle = () => {
        // Referenced only while a request is open: an idle worker never keeps a process alive.
        if (this.pending.size === 0) this.worker?.unref();
      };
      this.pending.set(message.id, {
        resolve: (payload) => {
          resolve(payload);
          settle();
        },
        reject: (error) => {
          reject(error);
          settle();
        },
        ...handlers,
      });
      this.send(message, transfer);
      this.worker?.ref();
    });
  }

  private send(message: ToWorker, transfer: ArrayBuffer[] = []): void {
    this.ensureWorker().postMessage(message, transfer);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath);
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      if (code !== 0) this.failAll(new Error(`corpus worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private receive(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    switch (message.type) {
      case 'progress':
        pending.onProgress?.(message.done, message.total);
        return;
      case 'result':
        if (message.pages === 0) {
          this.pending.delete(message.id);
          pending.resolve(message.payload);
          return;
        }
        // One page at a time, each in its own turn of the event loop: the host never
        // deserialises more than a page (~100–250 KB) between two timers.
        pending.partial = { payload: message.payload, pages: message.pages, next: 0 };
        this.send({ type: 'page', id: message.id, index: 0 });
        return;
      case 'page': {
        const partial = pending.partial;
        if (!partial || message.index !== partial.next) return;
        const { payload } = partial;
        const { rows, records, thresholds, files } = message.page;
        if (rows) for (const row of rows) payload.rows.push(row);
        if (records) for (const record of records) payload.records.push(record);
        if (thresholds) for (const t of thresholds) payload.totals.thresholds.push(t);
        if (files) for (const f of files) payload.totals.files.push(f);
        partial.next += 1;
        if (partial.next < partial.pages) {
          this.send({ type: 'page', id: message.id, index: partial.next });
          return;
        }
        this.pending.delete(message.id);
        pending.resolve(payload);
        return;
      }
      case 'cancelled':
        this.pending.delete(message.id);
        pending.reject(new ScanCancelled());
        return;
      case 'error':
        this.pending.delete(message.id);
        pending.reject(new Error(message.message));
        return;
    }
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
