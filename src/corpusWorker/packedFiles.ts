// The files of the last scan, as the text they came packed in.
import { filesOf } from './corpusWorkerProtocol';
import type { CorpusFile } from './corpusWorkerProtocol';

/**
 * The files of the last scan, kept as the text they were packed in (`packFiles`), unpacked again
 * on each use (a few milliseconds per 10,000 files): as objects, each with four strings of its
 * own, they took a third of what the worker keeps per file.
 */
export class PackedFiles {
  constructor(
    private readonly texts: readonly string[],
    readonly length: number,
  ) {}

  *[Symbol.iterator](): Generator<CorpusFile> {
    for (const text of this.texts) yield* filesOf(text);
  }

  find(uri: string): CorpusFile | undefined {
    for (const file of this) if (file.uri === uri) return file;
    return undefined;
  }
}
