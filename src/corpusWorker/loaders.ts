// The corpus worker's helpers: more threads of the worker's own file (workerData
// { role: 'loader' }), each loading the articles it is sent (read, decode, recognise, sidecar:
// the costly part of a scan) while the worker loads others and keeps the entries and totals.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Lexicon } from '../core/workspaceLexicon/workspaceLexicon';
import type { Entry } from './articleLoading';
import type { CorpusFile } from './corpusWorkerProtocol';

/** Files a helper holds at once: enough that it never waits for this thread's next turn. */
const LOADS_PER_HELPER = 16;
/** Fewer changed files than this are loaded here alone (starting a helper costs more). */
export const HELPERS_FROM = 64;

export interface LoadRequest {
  type: 'load';
  scan: number;
  file: CorpusFile;
  key: string;
}

/** The lexicon a helper recognises with from now on (sent when the scan's lexicon changes). */
export interface LexiconMessage {
  type: 'lexicon';
  lexicon: Lexicon | undefined;
}

export interface LoadResult {
  scan: number;
  file: CorpusFile;
  entry: Entry;
  /** The helper's heap after loading it (absent when loaded here). */
  heapUsed?: number;
}

/**
 * Helper threads (one per core beyond this one), started on the first large scan and kept for
 * the next ones, unreferenced between scans so that they never keep the thread alive. Each
 * result goes to the scan that asked for it. A helper that fails is dropped and its files are
 * loaded here.
 */
export class Loaders {
  private helpers: { worker: Worker; held: LoadRequest[] }[] | undefined;
  private readonly listeners = new Map<number, (result: LoadResult) => void>();

  /**
   * @param script the worker's own file, which a helper runs in the `loader` role
   * @param lexicon the lexicon in use, given to a helper when it starts
   * @param loadHere loads a file in this thread (the files of a helper that failed)
   */
  constructor(
    private readonly script: string,
    private readonly lexicon: () => Lexicon | undefined,
    private readonly loadHere: (file: CorpusFile, key: string) => Entry,
  ) {}

  /** Starts the helpers if there are none; `onResult` receives every entry they load for `scan`. */
  begin(scan: number, onResult: (result: LoadResult) => void): void {
    this.listeners.set(scan, onResult);
    this.helpers ??= Array.from({ length: Math.max(0, availableParallelism() - 1) }, () => this.start());
    for (const h of this.helpers) h.worker.ref();
  }

  /** Hands the file to a helper with room; false when all are full (load it here). */
  offer(request: LoadRequest): boolean {
    const helper = this.helpers?.find((h) => h.held.length < LOADS_PER_HELPER);
    if (!helper) return false;
    helper.held.push(request);
    helper.worker.postMessage(request);
    return true;
  }

  /** Files of `scan` the helpers still hold. */
  pending(scan: number): number {
    let count = 0;
    for (const h of this.helpers ?? []) for (const r of h.held) if (r.scan === scan) count++;
    return count;
  }

  end(scan: number): void {
    this.listeners.delete(scan);
    if (this.listeners.size === 0) for (const h of this.helpers ?? []) h.worker.unref();
  }

  /** Sends the lexicon to the running helpers (a helper started later gets it in its workerData). */
  useLexicon(source: Lexicon | undefined): void {
    for (const h of this.helpers ?? []) h.worker.postMessage({ type: 'lexicon', lexicon: source } satisfies LexiconMessage);
  }

  private start(): { worker: Worker; held: LoadRequest[] } {
    const helper = { worker: new Worker(this.script, { workerData: { role: 'loader', lexicon: this.lexicon() } satisfies HelperData }), held: [] as LoadRequest[] };
    helper.worker.on('message', (result: LoadResult) => {
      const index = helper.held.findIndex((r) => r.file.uri === result.file.uri && r.scan === result.scan);
      if (index >= 0) helper.held.splice(index, 1);
      this.listeners.get(result.scan)?.(result);
    });
    const fail = () => {
      this.helpers = this.helpers?.filter((h) => h !== helper);
      // Its files are loaded here instead.
      for (const request of helper.held.splice(0)) this.listeners.get(request.scan)?.({ scan: request.scan, file: request.file, entry: this.loadHere(request.file, request.key) });
    };
    helper.worker.on('error', fail);
    helper.worker.on('exit', fail);
    return helper;
  }
}

/** What a helper is started with: its role, and the lexicon in use when it starts. */
export interface HelperData {
  role: 'loader';
  lexicon: Lexicon | undefined;
}
