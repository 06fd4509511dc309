import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { temporal as proto } from "@temporalio/proto";
import { Worker } from "@temporalio/worker";
import { describe, expect, it } from "vitest";

// Histories recorded from the dev server (workflows/campaign-status.int.test.ts with
// RECORD_HISTORIES_DIR=workflows/histories) replay against today's workflow code. A change that
// would break lifecycles already running (non-determinism) fails here, with no server at all.

const dir = new URL("./histories/", import.meta.url);
// Binary protobuf (History.encode): in this install the JSON history codec fails on two protobufjs copies.
const files = readdirSync(dir).filter((f) => f.endsWith(".binpb"));

describe("campaign lifecycle replay", () => {
  it("replays every recorded history without non-determinism", async () => {
    expect(files.length).toBeGreaterThan(0);
    const histories = files.map((file) => ({
      workflowId: file.replace(/\.binpb$/, ""),
      history: proto.api.history.v1.History.decode(readFileSync(new URL(file, dir))),
    }));
    const results = Worker.runReplayHistories(
      { workflowsPath: fileURLToPath(new URL("./index.ts", import.meta.url)) },
      histories,
    );
    for await (const result of results) expect(result.error, result.workflowId).toBeUndefined();
  }, 120_000);
});
