import "server-only";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { logger } from "../../logger";
import { createBulkPhoneNormalizer } from "./bulk-phone";
import type { StoredMapping } from "../../shared/contacts/import-mapping";
import { PieceNormalizer, type NormalizedPiece } from "./row-normalizer";

/** Normalizes pieces of a CSV file (see CsvRecordSplitter); results come back per piece. */
export interface PieceParser {
  normalize(text: string, startOfFile: boolean, pieceIndex: number): Promise<NormalizedPiece>;
  close(): Promise<void>;
}

/** The same work on the calling thread: for tests, and where worker threads cannot start. */
export function inlinePieceParser(mapping: StoredMapping): PieceParser {
  const normalizer = new PieceNormalizer(mapping, createBulkPhoneNormalizer());
  return {
    normalize: async (text, startOfFile, pieceIndex) => normalizer.normalizePiece(text, startOfFile, pieceIndex),
    close: async () => undefined,
  };
}

interface Reply {
  id: number;
  piece?: NormalizedPiece;
  error?: string;
}

// CSV parsing, phone parsing and normalization are nearly all of an import's CPU in Node; worker
// threads do them for whole pieces of the file while the main thread dedupes and feeds COPY.
// Parsing makes short-lived garbage by the gigabyte; a larger young generation collects it in fewer
// scavenges (single-threaded, per million rows: ~14 s of CPU at V8's default, ~12 s at 48 MB). 24 MB
// keeps part of that gain inside the import's memory budget. The old generation is capped too:
// uncapped, V8 let each worker's heap grow to ~100 MB of garbage before collecting it (peak RSS
// ~490 MB for 1M rows; capped, ~390 MB; docs/contact-import.md).
const YOUNG_GENERATION_MB = 24;
const OLD_GENERATION_MB = 128;
/**
 * Bytes read from the file at a time; each read (plus the unfinished record before it, at most
 * MAX_RECORD_CHARS) becomes one piece for a worker. Small enough that a piece of the shortest
 * possible rows (~260k two-byte records, each with a rejection reason) fits the heap limit above.
 */
export const PIECE_BYTES = 512 * 1024;

/**
 * row-worker.ts and what it imports, bundled at build time into one CommonJS file
 * (scripts/build-workers.mjs, run by `npm run build` and the stack runner). A worker loads it as a
 * bare isolate (~16 MB; a TypeScript loader per worker cost ~60 MB more), the same under Next, tsx
 * and Vitest. Relative to the project root, where every entry point runs.
 */
const rowWorkerFile = () => path.join(process.cwd(), ".build", "workers", "row-worker.cjs");

class WorkerPieceParser implements PieceParser {
  private next = 0;
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (piece: NormalizedPiece) => void; reject: (error: Error) => void }
  >();
  private failure: Error | undefined;

  constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on("message", (reply: Reply) => {
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (reply.piece) waiting?.resolve(reply.piece);
        else waiting?.reject(new Error(reply.error ?? "the import worker failed"));
      });
      worker.on("error", (error) => this.failAll(error));
      worker.on("exit", (code) => code !== 0 && this.failAll(new Error(`an import worker exited with code ${code}`)));
    }
  }

  normalize(text: string, startOfFile: boolean, pieceIndex: number) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise<NormalizedPiece>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, startOfFile, pieceIndex });
    });
  }

  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(error: Error) {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

/** Worker threads (one per core, at most 4) when they can start; otherwise the calling thread. */
export function createPieceParser(mapping: StoredMapping, threads = Math.min(4, availableParallelism())): PieceParser {
  if (threads < 1) return inlinePieceParser(mapping);
  const file = rowWorkerFile();
  // A missing build is a deployment mistake, not a reason to run 2–4× slower on the calling thread.
  if (!existsSync(file))
    throw new Error(
      `The import worker script ${file} is missing: run \`npm run build\` (or \`npm run build:workers\`).`,
    );
  try {
    const workers = Array.from(
      { length: threads },
      () =>
        new Worker(file, {
          workerData: { mapping },
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB },
        }),
    );
    return new WorkerPieceParser(workers);
  } catch (error) {
    logger.warn({ err: error }, "import worker threads unavailable; normalizing on the main thread");
    return inlinePieceParser(mapping);
  }
}
