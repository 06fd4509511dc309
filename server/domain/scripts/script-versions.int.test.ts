import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import pg from "pg";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "../../db/tenant-db";
import { AppError } from "../../errors";
import { starterGraph, type ScriptGraph } from "../../shared/scripts/script-graph";
import {
  latestScriptVersion,
  markScriptVersionDecision,
  markScriptVersionSubmitted,
  saveScript,
  scriptIssuesForCampaign,
} from "./script-versions";
import { callerFor, signUpForTest } from "../../api/testing";

// Versioning against the real database, its trigger and row-level security.

const suffix = `${Date.now()}-${randomUUID().slice(0, 6)}`;
type Caller = ReturnType<typeof callerFor>;

interface Tenant {
  orgId: string;
  userId: string;
  caller: Caller;
}

async function newTenant(label: string): Promise<Tenant> {
  const { orgId, userId } = await signUpForTest({
    companyName: `Scripts ${label} ${suffix}`,
    name: `Owner ${label}`,
    email: `scripts-${label}-${suffix}@int.test`,
    password: "int-test-password",
  });
  return { orgId, userId, caller: callerFor(userId) };
}

const newCampaign = async (t: Tenant, name = "Script campaign") =>
  (await t.caller.campaign.create({ orgId: t.orgId, name, description: "" })).id;

const withText = (graph: ScriptGraph, text: string): ScriptGraph => ({
  ...graph,
  steps: graph.steps.map((s, i) => (i === 0 ? { ...s, text } : s)),
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => new Error("expected the call to fail"),
    (e: unknown) => e,
  );
  if (error instanceof TRPCError || error instanceof AppError) return error.code;
  throw error;
}

let A: Tenant;
let B: Tenant;
let owner: pg.Client;

beforeAll(async () => {
  [A, B] = await Promise.all([newTenant("a"), newTenant("b")]);
  owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await owner.connect();
});

afterAll(async () => {
  await owner?.end();
});

describe("script versions", () => {
  it("offers the starter script without writing anything, and the first save creates version 1", async () => {
    const campaignId = await newCampaign(A);
    const empty = await A.caller.script.get({ orgId: A.orgId, campaignId });
    expect(empty.current).toBeNull();
    expect(empty.versions).toEqual([]);
    expect(empty.graph).toEqual(starterGraph());
    expect(empty.sampleContact).toBeNull();
    expect(empty.context.customFields).toBeNull();

    const first = await A.caller.script.save({ orgId: A.orgId, campaignId, graph: empty.graph, baseVersionId: null });
    expect(first.outcome).toBe("created");
    expect(first.version).toMatchObject({ version: 1, status: "DRAFT" });

    const edited = await A.caller.script.save({
      orgId: A.orgId,
      campaignId,
      graph: withText(empty.graph, "Hi {{contact.firstName}}"),
      baseVersionId: first.version.id,
    });
    expect(edited.outcome).toBe("updated");
    expect(edited.version.id).toBe(first.version.id);
    const after = await A.caller.script.get({ orgId: A.orgId, campaignId });
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([[1, "DRAFT"]]);
    expect(after.graph.steps[0]!.text).toBe("Hi {{contact.firstName}}");
  });

  it("an edit after submission creates version 2 as a DRAFT and leaves version 1 untouched", async () => {
    const campaignId = await newCampaign(A);
    const graph = starterGraph();
    const v1 = (await A.caller.script.save({ orgId: A.orgId, campaignId, graph, baseVersionId: null })).version;
    await tenantDb(A.orgId).tx((tx) => markScriptVersionSubmitted(tx, v1.id));

    // Saving the same graph again is not an edit.
    const same = await A.caller.script.save({ orgId: A.orgId, campaignId, graph, baseVersionId: v1.id });
    expect(same.outcome).toBe("unchanged");
    expect(same.version.id).toBe(v1.id);

    const v2 = await A.caller.script.save({
      orgId: A.orgId,
      campaignId,
      graph: withText(graph, "Changed after submit"),
      baseVersionId: v1.id,
    });
    expect(v2.outcome).toBe("created");
    expect(v2.version).toMatchObject({ version: 2, status: "DRAFT" });

    const stored = await tenantDb(A.orgId).tx((tx) =>
      tx.scriptVersion.findMany({
        where: { script: { campaignId } },
        orderBy: { version: "asc" },
        select: { version: true, status: true, graph: true },
      }),
    );
    expect(stored.map((v) => [v.version, v.status])).toEqual([
      [1, "SUBMITTED"],
      [2, "DRAFT"],
    ]);
    expect((stored[0]!.graph as ScriptGraph).steps[0]!.text).toBe(graph.steps[0]!.text);

    // Review decisions move v1 on; v2 must be submitted and approved on its own.
    await tenantDb(A.orgId).tx((tx) => markScriptVersionDecision(tx, v1.id, "APPROVED"));
    expect(await codeOf(tenantDb(A.orgId).tx((tx) => markScriptVersionDecision(tx, v2.version.id, "APPROVED")))).toBe(
      "PRECONDITION_FAILED",
    );
    expect(await codeOf(tenantDb(A.orgId).tx((tx) => markScriptVersionSubmitted(tx, v1.id)))).toBe(
      "PRECONDITION_FAILED",
    );
    const latest = await tenantDb(A.orgId).tx((tx) => latestScriptVersion(tx, campaignId));
    expect(latest).toMatchObject({ id: v2.version.id, version: 2, status: "DRAFT" });
  });

  it("the trigger refuses an in-place change of a submitted version", async () => {
    const campaignId = await newCampaign(A);
    const v1 = (await A.caller.script.save({ orgId: A.orgId, campaignId, graph: starterGraph(), baseVersionId: null }))
      .version;
    await tenantDb(A.orgId).tx((tx) => markScriptVersionSubmitted(tx, v1.id));
    await expect(
      tenantDb(A.orgId).tx((tx) =>
        tx.scriptVersion.update({ where: { id: v1.id }, data: { graph: withText(starterGraph(), "sneaky") } }),
      ),
    ).rejects.toThrow(/cannot change/);
    await expect(
      tenantDb(A.orgId).tx((tx) => tx.scriptVersion.update({ where: { id: v1.id }, data: { version: 7 } })),
    ).rejects.toThrow(/cannot change/);
  });

  it("a submission that lands during a save turns the save into PRECONDITION_FAILED, not a silent change", async () => {
    const campaignId = await newCampaign(A);
    const v1 = (await A.caller.script.save({ orgId: A.orgId, campaignId, graph: starterGraph(), baseVersionId: null }))
      .version;
    // Another transaction submits v1 and holds the row; the save reads DRAFT, then waits on the row.
    await owner.query("BEGIN");
    await owner.query(`UPDATE "ScriptVersion" SET status = 'SUBMITTED' WHERE id = $1`, [v1.id]);
    // codeOf attaches the handler now, so the rejection is never unhandled while we wait.
    const save = codeOf(
      saveScript(
        tenantDb(A.orgId),
        { userId: A.userId },
        { campaignId, graph: withText(starterGraph(), "racing"), baseVersionId: v1.id },
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    await owner.query("COMMIT");
    expect(await save).toBe("PRECONDITION_FAILED");
    const stored = await tenantDb(A.orgId).tx((tx) => latestScriptVersion(tx, campaignId));
    expect(stored).toMatchObject({ id: v1.id, status: "SUBMITTED" });
    expect(stored!.graph.steps[0]!.text).toBe(starterGraph().steps[0]!.text);
  });

  it("a save from a stale editor is a CONFLICT", async () => {
    const campaignId = await newCampaign(A);
    const v1 = (await A.caller.script.save({ orgId: A.orgId, campaignId, graph: starterGraph(), baseVersionId: null }))
      .version;
    expect(
      await codeOf(A.caller.script.save({ orgId: A.orgId, campaignId, graph: starterGraph(), baseVersionId: null })),
    ).toBe("CONFLICT");
    await tenantDb(A.orgId).tx((tx) => markScriptVersionSubmitted(tx, v1.id));
    await A.caller.script.save({
      orgId: A.orgId,
      campaignId,
      graph: withText(starterGraph(), "v2"),
      baseVersionId: v1.id,
    });
    expect(
      await codeOf(
        A.caller.script.save({
          orgId: A.orgId,
          campaignId,
          graph: withText(starterGraph(), "v3?"),
          baseVersionId: v1.id,
        }),
      ),
    ).toBe("CONFLICT");
  });

  it("checks placeholders against the active list's columns and previews with its first contact", async () => {
    const campaignId = await newCampaign(A);
    const graph = withText(starterGraph(), "Hello {{contact.firstName}}, policy {{contact.policyNo}}");
    await A.caller.script.save({ orgId: A.orgId, campaignId, graph, baseVersionId: null });

    const before = await A.caller.script.get({ orgId: A.orgId, campaignId });
    expect(before.issues).toContainEqual({
      severity: "error",
      stepId: "greeting",
      message: "Step 'Greeting' uses {{contact.policyNo}}, but the contact list has no column 'policyNo'.",
    });

    await tenantDb(A.orgId).tx(async (tx) => {
      const list = await tx.contactList.create({
        data: {
          tenantId: A.orgId,
          campaignId,
          fields: ["policyNo", "constructor", "prototype", "__proto__", "toString"],
          rowCount: 2,
        },
      });
      await tx.contact.createMany({
        data: [
          { tenantId: A.orgId, listId: list.id, rowNumber: 2, phoneE164: "+4930000002", firstName: "Second" },
          {
            tenantId: A.orgId,
            listId: list.id,
            rowNumber: 1,
            phoneE164: "+4930000001",
            firstName: "Ada",
            // Columns named like object properties are fields like any other (decision 60).
            fields: [
              ["policyNo", "P-77"],
              ["constructor", "Gold"],
              ["prototype", "p"],
              ["__proto__", "q"],
              ["toString", "t"],
            ],
          },
        ],
      });
      await tx.campaign.update({
        where: { id: campaignId },
        data: {
          activeContactListId: list.id,
          dispositions: [{ code: "SALE", label: "Sale", category: "SUCCESS", billable: true }],
        },
      });
    });

    const after = await A.caller.script.get({ orgId: A.orgId, campaignId });
    expect(after.context.customFields).toEqual(["policyNo", "constructor", "prototype", "__proto__", "toString"]);
    expect(after.context.dispositions).toEqual([{ code: "SALE", label: "Sale" }]);
    expect(after.sampleContact).toEqual([
      ["policyNo", "P-77"],
      ["constructor", "Gold"],
      ["prototype", "p"],
      ["__proto__", "q"],
      ["toString", "t"],
      ["phone", "+4930000001"],
      ["firstName", "Ada"],
    ]);
    // What the browser receives: superjson refused an object with a `constructor` key (a 500).
    expect(superjson.deserialize(superjson.serialize(after))).toEqual(after);
    expect(after.issues.filter((i) => i.message.includes("policyNo"))).toEqual([]);
    // The starter's end step has no disposition yet: an error that submission sees too.
    const forSubmission = await tenantDb(A.orgId).tx((tx) => scriptIssuesForCampaign(tx, campaignId));
    expect(forSubmission.errors).toEqual(["Step 'Goodbye' needs a disposition, so the call outcome is recorded."]);

    const validated = await A.caller.script.validate({
      orgId: A.orgId,
      campaignId,
      graph: withText(graph, "{{contact.shoeSize}}"),
    });
    expect(validated.issues.map((i) => i.message)).toContain(
      "Step 'Greeting' uses {{contact.shoeSize}}, but the contact list has no column 'shoeSize'.",
    );
    const prototypeKeys = await A.caller.script.validate({
      orgId: A.orgId,
      campaignId,
      graph: withText(graph, "{{contact.constructor}} {{contact.__proto__}} {{contact.toString}}"),
    });
    expect(prototypeKeys.issues.filter((i) => i.message.includes("contact."))).toEqual([]);
  });

  it("reports a campaign without a script as an error for submission", async () => {
    const campaignId = await newCampaign(A);
    const result = await tenantDb(A.orgId).tx((tx) => scriptIssuesForCampaign(tx, campaignId));
    expect(result).toEqual({
      version: null,
      errors: ["The campaign has no script yet. Write one in the Script step."],
      warnings: [],
    });
  });

  it("another tenant's campaign answers NOT_FOUND and stays untouched", async () => {
    const bCampaign = await newCampaign(B);
    const bVersion = (
      await B.caller.script.save({ orgId: B.orgId, campaignId: bCampaign, graph: starterGraph(), baseVersionId: null })
    ).version;
    const probes = [
      () => A.caller.script.get({ orgId: A.orgId, campaignId: bCampaign }),
      () =>
        A.caller.script.save({
          orgId: A.orgId,
          campaignId: bCampaign,
          graph: withText(starterGraph(), "hijack"),
          baseVersionId: bVersion.id,
        }),
      () => A.caller.script.save({ orgId: A.orgId, campaignId: bCampaign, graph: starterGraph(), baseVersionId: null }),
      () => A.caller.script.validate({ orgId: A.orgId, campaignId: bCampaign, graph: starterGraph() }),
      () => A.caller.script.get({ orgId: B.orgId, campaignId: bCampaign }),
    ];
    for (const probe of probes) expect(await codeOf(probe())).toBe("NOT_FOUND");
    expect(await codeOf(tenantDb(A.orgId).tx((tx) => markScriptVersionSubmitted(tx, bVersion.id)))).toBe("NOT_FOUND");

    const b = await B.caller.script.get({ orgId: B.orgId, campaignId: bCampaign });
    expect(b.versions.map((v) => [v.version, v.status])).toEqual([[1, "DRAFT"]]);
    expect(b.graph).toEqual(starterGraph());
  });
});
