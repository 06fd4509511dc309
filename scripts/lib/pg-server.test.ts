import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkClusterVersion } from "./pg-server";

describe("a cluster made by another PostgreSQL major", () => {
  let dir: string;
  const cluster = (version: string) => {
    dir = mkdtempSync(path.join(tmpdir(), "pg-version-"));
    writeFileSync(path.join(dir, "PG_VERSION"), `${version}\n`);
    return dir;
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is refused and left untouched when it holds data someone may want (dev)", () => {
    const data = cluster("18");
    expect(() => checkClusterVersion(data, "17", false, () => undefined)).toThrow(
      `${data} holds a PostgreSQL 18 cluster, which the embedded PostgreSQL 17 cannot open`,
    );
    expect(() => checkClusterVersion(data, "17", false, () => undefined)).toThrow(`mv ${data} ${data}-pg18`);
    expect(existsSync(path.join(data, "PG_VERSION"))).toBe(true);
  });

  it("is re-created when it is throwaway (tests)", () => {
    const data = cluster("18");
    const log: string[] = [];
    checkClusterVersion(data, "17", true, (line) => log.push(line));
    expect(existsSync(data)).toBe(false);
    expect(log).toEqual([`re-creating ${data}: it was made by PostgreSQL 18, the embedded server is 17`]);
  });

  it("is opened as it is when the major matches", () => {
    const data = cluster("17");
    checkClusterVersion(data, "17", false, () => undefined);
    expect(existsSync(path.join(data, "PG_VERSION"))).toBe(true);
  });
});
