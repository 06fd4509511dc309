import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contactImportWorkflowId } from "../../../workflows/shared/contact-import";
import { tenantDb } from "../../db/tenant-db";
import { temporalClient } from "../../workflows/temporal-client";
import { AppError } from "../../errors";
import { addDncNumber } from "./dnc";
import { suggestColumns, type ColumnTarget } from "../../shared/contacts/import-mapping";
import { importSummary, contactTimeZones } from "./import-summary";
import { getImportStatus, rejectedRowsCsv, startContactImport, waitForContactImport } from "./import-service";
import { runContactImport } from "./run-import";
import { loadUpload, storeUpload, UploadTooLargeError } from "./uploads";

const ownerUrl = process.env.DATABASE_URL;
if (!ownerUrl || !process.env.APP_DATABASE_URL)
  throw new Error("DATABASE_URL and APP_DATABASE_URL are required (run through `npm test`)");

const suffix = randomUUID().slice(0, 8);
const tenantId = `imp_${suffix}`;
const otherTenantId = `imp_other_${suffix}`;
const userId = `imp_user_${suffix}`;
const db = tenantDb(tenantId, userId);
let owner: pg.Client;
/** Numbers unique to this run, so the global do-not-call entry never collides with another run. */
const runDigits = String(Math.floor(Math.random() * 800) + 200); // a valid NANP exchange (2xx-9xx)
const usPhone = (i: number) => `+1212${runDigits.slice(0, 3)}${String(i).padStart(4, "0")}`;
const globalDnc = `+1415${runDigits.slice(0, 3)}9999`;

async function createCampaign(orgId = tenantId): Promise<string> {
  const id = `imp_campaign_${randomUUID().slice(0, 12)}`;
  await tenantDb(orgId).tx((tx) =>
    tx.campaign.create({
      data: { id, tenantId: orgId, name: "Import test", workflowId: `campaign-${id}`, createdById: userId },
    }),
  );
  return id;
}

const bodyOf = (content: string | Buffer) => [typeof content === "string" ? Buffer.from(content, "utf8") : content];

async function upload(campaignId: string, content: string | Buffer, limitBytes?: number) {
  return storeUpload({ tenantId, campaignId, userId, fileName: "contacts.csv", body: bodyOf(content), limitBytes });
}

async function importCsv(
  campaignId: string,
  content: string,
  opts: { columns?: ColumnTarget[]; defaultCountry?: string } = {},
) {
  const preview = await upload(campaignId, content);
  const { importId } = await startContactImport(
    db,
    { userId },
    {
      campaignId,
      uploadId: preview.uploadId,
      mapping: { columns: opts.columns ?? preview.suggestedColumns, defaultCountry: opts.defaultCountry ?? "US" },
    },
  );
  // Run by the test stack's worker (a Temporal activity), like in production.
  const outcome = await waitForContactImport(db, importId);
  return { importId, outcome, preview };
}

/** Stores bytes as an upload without the upload's checks: a file that changed after its preview. */
async function storeRawUpload(campaignId: string, content: Buffer): Promise<string> {
  const uploadId = randomBytes(16).toString("hex");
  await owner.query(
    `INSERT INTO "ContactUpload" ("id", "tenantId", "campaignId", "createdById", "fileName", "size") VALUES ($1, $2, $3, $4, 'raw.csv', $5)`,
    [uploadId, tenantId, campaignId, userId, content.length],
  );
  await owner.query(`INSERT INTO "ContactUploadChunk" ("tenantId", "uploadId", "seq", "data") VALUES ($1, $2, 0, $3)`, [
    tenantId,
    uploadId,
    content,
  ]);
  return uploadId;
}

/** A RUNNING import row, as `start` records it, for runContactImport called directly. */
async function runningImport(campaignId: string, uploadId: string | null = null, fileSize = 10) {
  const row = await db.tx((tx) =>
    tx.contactImport.create({
      data: { tenantId, campaignId, status: "RUNNING", fileName: "x.csv", fileSize, uploadId, createdById: userId },
    }),
  );
  return row.id;
}

async function expectAppError(promise: Promise<unknown>, message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as Error).message).toMatch(message);
}

async function campaignState(campaignId: string) {
  return db.tx(async (tx) => {
    const lists = await tx.contactList.findMany({ where: { campaignId }, select: { id: true } });
    return {
      active: (await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } })).activeContactListId,
      lists,
      contacts: await tx.contact.count({ where: { listId: { in: lists.map((l) => l.id) } } }),
    };
  });
}

/** Contact has no Prisma relation to its list (schema.prisma): a campaign's contacts go through its list ids. */
async function campaignListIds(campaignId: string) {
  const lists = await db.tx((tx) => tx.contactList.findMany({ where: { campaignId }, select: { id: true } }));
  return lists.map((l) => l.id);
}

beforeAll(async () => {
  owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  for (const id of [tenantId, otherTenantId]) {
    await tenantDb(id).tx((tx) => tx.organization.create({ data: { id, kind: "CLIENT", name: id, slug: id } }));
  }
  // The global list (tenantId NULL) is operator-managed; the owner connection stands in for that here.
  await owner.query(`INSERT INTO "DncEntry" ("id", "tenantId", "phoneE164", "source") VALUES ($1, NULL, $2, 'test')`, [
    `dnc_${suffix}`,
    globalDnc,
  ]);
});

afterAll(async () => {
  await owner?.query(`DELETE FROM "DncEntry" WHERE "id" = $1`, [`dnc_${suffix}`]);
  await owner?.end();
});

describe("contact import (Postgres)", () => {
  it("imports a semicolon CSV with BOM, quoted fields, custom fields, duplicates and both do-not-call lists", async () => {
    const campaignId = await createCampaign();
    await addDncNumber(db, { userId }, { phone: usPhone(3), defaultCountry: "US" });
    const csv =
      "\uFEFFPhone;First name;Last name;State;Company;Note\n" +
      `${usPhone(1)};Ada;"Lovelace; Countess";NY;Acme;=SUM(A1)\n` +
      `(212) ${runDigits.slice(0, 3)}-0002;Bob;Smith;TX;"Quote ""Inc""";@handle\n` +
      `${usPhone(3)};Tenant;Dnc;NY;X;\n` +
      `${globalDnc};Global;Dnc;CA;X;\n` +
      `${usPhone(1)};Ada;Again;NY;Acme;dup\n` +
      '+33 6 12 34 56 78;Claire;Dupont;;Société;"multi\nline"\n';
    const { outcome, importId, preview } = await importCsv(campaignId, csv);
    expect(preview.delimiter).toBe(";");
    expect(preview.header[0]).toBe("Phone");
    expect(outcome.status).toBe("SUCCEEDED");
    const status = await getImportStatus(db, importId);
    expect(status.counts).toEqual({ valid: 3, invalid: 0, duplicate: 1, dnc: 2, noTimeZone: 1 });
    expect(status.processedRows).toBe(6);

    const listIds = await campaignListIds(campaignId);
    const contacts = await db.tx((tx) =>
      tx.contact.findMany({ where: { listId: { in: listIds } }, orderBy: { rowNumber: "asc" } }),
    );
    expect(contacts.map((c) => [c.phoneE164, c.timeZone])).toEqual([
      [usPhone(1), "America/New_York"],
      [usPhone(2), null], // Texas spans two zones: no guess
      ["+33612345678", "Europe/Paris"], // derived from the phone number's country
    ]);
    expect(contacts[0]!.lastName).toBe("Lovelace; Countess");
    // [key, value] pairs in column order, stored as text.
    expect(contacts[0]!.fields).toEqual([
      ["Company", "Acme"],
      ["Note", "=SUM(A1)"],
    ]);
    expect(contacts[1]!.fields).toEqual([
      ["Company", 'Quote "Inc"'],
      ["Note", "@handle"],
    ]);
    expect(contacts[2]!.fields).toEqual([
      ["Company", "Société"],
      ["Note", "multi\nline"],
    ]);

    const summary = await importSummary(db, campaignId);
    expect(summary).toMatchObject({ listSize: 3, valid: 3, duplicate: 1, dnc: 2, noTimeZone: 1, invalid: 0 });
    expect(await contactTimeZones(db, campaignId)).toEqual(
      expect.arrayContaining([
        { timeZone: null, count: 1 },
        { timeZone: "America/New_York", count: 1 },
        { timeZone: "Europe/Paris", count: 1 },
      ]),
    );

    const { lines } = await rejectedRowsCsv(db, importId);
    let text = "";
    for await (const chunk of lines) text += chunk;
    expect(text).toContain("row,reason,Phone,First name,Last name,State,Company,Note");
    expect(text).toContain(`4,On the do-not-call list (${usPhone(3)}).`);
    expect(text).toContain(`5,On the do-not-call list (${globalDnc}).`);
    expect(text).toContain(`6,Duplicate of row 2 (${usPhone(1)}).`);
    // Rejected rows keep the columns as uploaded, not the normalized ones.
    const dncRaw = await db.tx((tx) =>
      tx.contactImportRejection.findFirst({ where: { importId, rowNumber: 4 }, select: { raw: true } }),
    );
    expect(dncRaw?.raw).toEqual([usPhone(3), "Tenant", "Dnc", "NY", "X", ""]);
  });

  it("keeps extensions, reads 00 as the international prefix, places zones by area code and abbreviations, stores prototype-named columns", async () => {
    const campaignId = await createCampaign();
    const csv =
      "phone,tz,constructor,prototype,__proto__,toString,Plan Tier\n" +
      `${usPhone(90)} ext. 204,,a,b,c,d,Gold\n` + // no zone column value: from area code 212
      "00 44 20 7946 0958,,,,,,\n" + // default US dials out with 011
      `${usPhone(91)},EST,,,,,\n` +
      "+1 907 555 0123,,,,,,\n" + // Alaska: two zones, stored without a zone
      "+1 800 555 0100,MST,,,,,\n" + // toll-free: Denver or Phoenix? refused
      "+1 602 555 0123,MST,,,,,\n"; // Phoenix keeps MST all year
    const { outcome, importId, preview } = await importCsv(campaignId, csv, {
      columns: ["phone", "timeZone", "custom", "custom", "custom", "custom", "custom"],
    });
    expect(preview.header).toEqual(["phone", "tz", "constructor", "prototype", "__proto__", "toString", "Plan Tier"]);
    expect(outcome.status).toBe("SUCCEEDED");
    const status = await getImportStatus(db, importId);
    expect(status.counts).toMatchObject({ valid: 5, invalid: 1, noTimeZone: 1 });
    const rejection = await db.tx((tx) => tx.contactImportRejection.findFirstOrThrow({ where: { importId } }));
    expect([rejection.rowNumber, rejection.reason]).toEqual([6, expect.stringMatching(/"MST" is ambiguous in US/)]);
    const listIds = await campaignListIds(campaignId);
    const list = await db.tx((tx) => tx.contactList.findFirstOrThrow({ where: { id: { in: listIds } } }));
    expect(list.fields).toEqual(["constructor", "prototype", "__proto__", "toString", "Plan_Tier"]);
    const contacts = await db.tx((tx) =>
      tx.contact.findMany({ where: { listId: { in: listIds } }, orderBy: { rowNumber: "asc" } }),
    );
    expect(contacts.map((c) => [c.rowNumber, c.phoneE164, c.phoneExtension, c.timeZone])).toEqual([
      [2, usPhone(90), "204", "America/New_York"],
      [3, "+442079460958", null, "Europe/London"],
      [4, usPhone(91), null, "America/New_York"],
      [5, "+19075550123", null, null],
      [7, "+16025550123", null, "America/Phoenix"],
    ]);
    expect(contacts[0]!.fields).toEqual([
      ["constructor", "a"],
      ["prototype", "b"],
      ["__proto__", "c"],
      ["toString", "d"],
      ["Plan_Tier", "Gold"],
    ]);
  });

  it("a RUNNING import whose workflow is gone is closed as interrupted by the next start", async () => {
    const campaignId = await createCampaign();
    // What a lost start leaves behind: a RUNNING row and no workflow contact-import-<id>.
    const lost = await runningImport(campaignId);
    const { outcome } = await importCsv(campaignId, `phone,firstName\n${usPhone(7001)},Ann\n`);
    expect(outcome.status).toBe("SUCCEEDED");
    const closed = await db.tx((tx) => tx.contactImport.findUniqueOrThrow({ where: { id: lost } }));
    expect(closed).toMatchObject({ status: "FAILED", error: expect.stringMatching(/interrupted/) });
  });

  it("an import whose workflow is running blocks a second one", async () => {
    const campaignId = await createCampaign();
    const busy = await runningImport(campaignId);
    // A workflow on a queue no worker polls: running, and going nowhere.
    const temporal = await temporalClient();
    const handle = await temporal.workflow.start("contactImport", {
      taskQueue: `nobody-${suffix}`,
      workflowId: contactImportWorkflowId(busy),
      args: [{ tenantId, importId: busy }],
    });
    try {
      await expectAppError(
        importCsv(campaignId, `phone\n${usPhone(7002)}\n`),
        /Another import for this campaign is running/,
      );
    } finally {
      await handle.terminate("test done");
    }
  });

  it("neutralizes formulas in the rejected-rows CSV", async () => {
    const campaignId = await createCampaign();
    const { importId } = await importCsv(campaignId, `phone,name\n${usPhone(10)},ok\n=HYPERLINK(1),+evil\n`);
    let text = "";
    for await (const chunk of (await rejectedRowsCsv(db, importId)).lines) text += chunk;
    expect(text).toContain(`3,"Phone number ""'=HYPERLINK(1)""`.slice(0, 4)); // row 3 is listed
    expect(text).toContain("'=HYPERLINK(1),'+evil");
    expect(text).not.toMatch(/(^|,)[=+@-]/m);
  });

  describe("bad input: a clear message and nothing stored", () => {
    const storedUploads = async (campaignId: string) =>
      (await owner.query(`SELECT 1 FROM "ContactUpload" WHERE "campaignId" = $1`, [campaignId])).rows.length;

    it("duplicate column names, also after turning headers into field keys: the file is refused naming them", async () => {
      const campaignId = await createCampaign();
      const row = `\n${usPhone(60)},a,b\n`;
      await expectAppError(upload(campaignId, `phone,Plan,Plan${row}`), /The column "Plan" appears twice/);
      await expectAppError(upload(campaignId, `phone,Plan , Plan${row}`), /"Plan" appears twice/);
      await expectAppError(
        upload(campaignId, `phone,Plan Tier,plan_tier${row}`),
        /"Plan Tier" \(column 2\) and "plan_tier" \(column 3\) would become the fields \{\{contact\.Plan_Tier\}\} and \{\{contact\.plan_tier\}\}/,
      );
      await expectAppError(upload(campaignId, `Phone,phone,x${row}`), /would become the fields/);
      await expectAppError(
        upload(campaignId, `phone,Plan Tier,Plan_Tier${row}`),
        /would both become the field \{\{contact\.Plan_Tier\}\}/,
      );
      expect(await storedUploads(campaignId)).toBe(0);
      // A custom column cannot shadow a standard field's placeholder.
      await expectAppError(
        importCsv(campaignId, `phone,email\n${usPhone(61)},x@example.com\n`, { columns: ["phone", "custom"] }),
        /which is the standard field \{\{contact\.email\}\}/,
      );
      expect(await campaignState(campaignId)).toEqual({ active: null, lists: [], contacts: 0 });
    });

    it("a binary file is refused as not a CSV file", async () => {
      const campaignId = await createCampaign();
      const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]);
      await expectAppError(
        upload(campaignId, xlsx),
        /This is not a CSV file: it is a ZIP archive or an Excel workbook/,
      );
      await expectAppError(upload(campaignId, Buffer.from("%PDF-1.7\n%\xe2\xe3")), /not a CSV file: it is a PDF/);
      const withZeros = Buffer.concat([Buffer.from(`phone\n${usPhone(62)}\n`), Buffer.alloc(16, 0)]);
      await expectAppError(upload(campaignId, withZeros), /This is not a CSV file: it holds binary data/);
      expect(await storedUploads(campaignId)).toBe(0);
    });

    it("a line longer than a row can be: refused naming the line and the limit, at upload and at import", async () => {
      const campaignId = await createCampaign();
      const huge = "x".repeat(300 * 1024);
      await expectAppError(
        upload(campaignId, `phone,note\n${usPhone(63)},${huge}\n${usPhone(64)},ok\n`),
        /Line 2 is longer than 256 KB\. A contact row holds at most 200 values of at most 1000 characters each/,
      );
      expect(await storedUploads(campaignId)).toBe(0);
      // Further down, the preview cannot see it; the import names the row and fails whole. (A record
      // of a little over 1 MB can pass the splitter and is then a row-level rejection: its value is
      // over 1000 characters.)
      const rows = Array.from({ length: 5 }, (_, i) => `${usPhone(70 + i)},ok`).join("\n");
      const { outcome } = await importCsv(
        campaignId,
        `phone,note\n${rows}\n${usPhone(80)},"${"y".repeat(3 * 1024 * 1024)}"\n${usPhone(81)},ok\n`,
      );
      expect(outcome).toEqual({
        status: "FAILED",
        error: expect.stringMatching(/row 7 is longer than the 1 MB limit/),
      });
      expect(await campaignState(campaignId)).toEqual({ active: null, lists: [], contacts: 0 });
    });

    it("wrong encoding: rejected at upload, and by the import itself", async () => {
      const campaignId = await createCampaign();
      const latin1 = Buffer.concat([
        Buffer.from("phone,name\n+12125550100,Jos"),
        Buffer.from([0xe9]),
        Buffer.from("\n"),
      ]);
      await expectAppError(upload(campaignId, latin1), /not UTF-8/);
      await expectAppError(upload(campaignId, Buffer.from([0xff, 0xfe, 0x70, 0x00])), /UTF-16/);
      // A character split between two chunks of the upload is fine; a file that ends inside one is not.
      const e = Buffer.from("é");
      const split = [
        Buffer.concat([Buffer.from(`phone,name\n${usPhone(50)},Jos`), e.subarray(0, 1)]),
        Buffer.concat([e.subarray(1), Buffer.from("\n")]),
      ];
      expect((await storeUpload({ tenantId, campaignId, userId, fileName: "split.csv", body: split })).rows).toEqual([
        [usPhone(50), "José"],
      ]);
      await expectAppError(
        storeUpload({ tenantId, campaignId, userId, fileName: "cut.csv", body: [split[0]!] }),
        /not UTF-8/,
      );

      // A file that bypassed the upload check fails the import with nothing stored.
      const uploadId = await storeRawUpload(campaignId, latin1);
      const outcome = await runContactImport(db, {
        importId: await runningImport(campaignId, uploadId),
        campaignId,
        userId,
        uploadId,
        mapping: { header: ["phone", "name"], delimiter: ",", columns: ["phone", "firstName"], defaultCountry: "US" },
      });
      expect(outcome).toEqual({ status: "FAILED", error: expect.stringMatching(/not UTF-8/) });
      expect(await campaignState(campaignId)).toEqual({ active: null, lists: [], contacts: 0 });
    });

    it("ragged row: rejected with its row number and reason, the rest imported", async () => {
      const campaignId = await createCampaign();
      const { outcome, importId } = await importCsv(
        campaignId,
        `phone,first,last\n${usPhone(20)},A,B\n${usPhone(21)},only-two\n${usPhone(22)},C,D,extra\n`,
      );
      expect(outcome.status).toBe("SUCCEEDED");
      const rejections = await db.tx((tx) =>
        tx.contactImportRejection.findMany({ where: { importId }, orderBy: { rowNumber: "asc" } }),
      );
      expect(rejections.map((r) => [r.rowNumber, r.reason])).toEqual([
        [3, "Row has 2 columns; the header has 3."],
        [4, "Row has 4 columns; the header has 3."],
      ]);
      expect(rejections[0]!.raw).toEqual([usPhone(21), "only-two"]);
      expect((await getImportStatus(db, importId)).counts).toMatchObject({ valid: 1, invalid: 2 });
    });

    it("empty file and header-only file: refused at upload", async () => {
      const campaignId = await createCampaign();
      await expectAppError(upload(campaignId, ""), /file is empty/);
      await expectAppError(upload(campaignId, "\uFEFF\n\n"), /file is empty/);
      await expectAppError(upload(campaignId, "phone,name\n"), /header row but no contact rows/);
      expect(await campaignState(campaignId)).toEqual({ active: null, lists: [], contacts: 0 });
    });

    it("file over the limit: refused while streaming, nothing stored", async () => {
      const campaignId = await createCampaign();
      const big = `phone\n${Array.from({ length: 200 }, (_, i) => usPhone(i)).join("\n")}\n`;
      const error = await upload(campaignId, big, 1024).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadTooLargeError);
      expect((error as Error).message).toMatch(/larger than the 0 MB limit|larger than the/);
      expect((error as UploadTooLargeError).limitBytes).toBe(1024);
      const { rows } = await owner.query(`SELECT 1 FROM "ContactUpload" WHERE "campaignId" = $1`, [campaignId]);
      expect(rows).toEqual([]);
    });

    it("unparseable phone and unknown time zone: row-level rejections with reasons", async () => {
      const campaignId = await createCampaign();
      const csv = `phone,tz,country\n${usPhone(30)},Europe/Berlin,\nnot-a-number,,\n12345,,\n${usPhone(31)},Mars/Olympus,\n${usPhone(32)},+02:00,\n${usPhone(33)},,ZZ\n${usPhone(34)},america/chicago,US\n`;
      const { outcome, importId } = await importCsv(campaignId, csv, { columns: ["phone", "timeZone", "country"] });
      expect(outcome.status).toBe("SUCCEEDED");
      const reasons = (
        await db.tx((tx) => tx.contactImportRejection.findMany({ where: { importId }, orderBy: { rowNumber: "asc" } }))
      ).map((r) => [r.rowNumber, r.reason]);
      expect(reasons).toEqual([
        [
          3,
          'Phone number "not-a-number" cannot be parsed as a valid number (numbers without a + country code are read as US).',
        ],
        [
          4,
          'Phone number "12345" cannot be parsed as a valid number (numbers without a + country code are read as US).',
        ],
        [5, 'Unknown time zone "Mars/Olympus" (use an IANA name such as America/New_York).'],
        [6, 'Unknown time zone "+02:00" (use an IANA name such as America/New_York).'],
        [7, 'Unknown country "ZZ" (use a two-letter code such as US or DE).'],
      ]);
      const listIds = await campaignListIds(campaignId);
      const zones = await db.tx((tx) =>
        tx.contact.findMany({
          where: { listId: { in: listIds } },
          orderBy: { rowNumber: "asc" },
          select: { timeZone: true },
        }),
      );
      expect(zones.map((z) => z.timeZone)).toEqual(["Europe/Berlin", "America/Chicago"]);
    });

    it("a quoted field that is never closed: the import fails with the row, nothing stored", async () => {
      const campaignId = await createCampaign();
      const csv = `phone,name\n${usPhone(40)},Ada\n${usPhone(41)},"Bob\n${usPhone(42)},Cy\n`;
      await expectAppError(upload(campaignId, csv), /the quoted field in row 3 is never closed/);
      // Past the preview, the import itself refuses the file.
      const uploadId = await storeRawUpload(campaignId, Buffer.from(csv));
      const outcome = await runContactImport(db, {
        importId: await runningImport(campaignId, uploadId),
        campaignId,
        userId,
        uploadId,
        mapping: { header: ["phone", "name"], delimiter: ",", columns: ["phone", "firstName"], defaultCountry: "US" },
      });
      expect(outcome).toEqual({
        status: "FAILED",
        error: "The file could not be read as CSV: the quoted field in row 3 is never closed.",
      });
      expect(await campaignState(campaignId)).toEqual({ active: null, lists: [], contacts: 0 });
    });

    it("a file whose every row is bad still succeeds with zero contacts and all rows downloadable", async () => {
      const campaignId = await createCampaign();
      const { outcome } = await importCsv(campaignId, "phone\nabc\ndef\n");
      expect(outcome).toMatchObject({ status: "SUCCEEDED", counts: { valid: 0, invalid: 2 } });
    });
  });

  describe("all or nothing", () => {
    const bigCsv = (n: number, offset = 0) =>
      `phone,name\n${Array.from({ length: n }, (_, i) => `${usPhone(offset + i)},Name ${i}`).join("\n")}\n`;

    async function withFirstList() {
      const campaignId = await createCampaign();
      const first = await importCsv(campaignId, bigCsv(50, 1000));
      expect(first.outcome.status).toBe("SUCCEEDED");
      return { campaignId, firstListId: first.outcome.status === "SUCCEEDED" ? first.outcome.listId : "" };
    }

    it("a failure injected mid-import leaves the previous list active, no partial rows, and the import RUNNING for its retry", async () => {
      const { campaignId, firstListId } = await withFirstList();
      const preview = await upload(campaignId, bigCsv(9000, 1000));
      const importId = await runningImport(campaignId, preview.uploadId, preview.size);
      let batches = 0;
      const attempt = runContactImport(db, {
        importId,
        campaignId,
        userId,
        uploadId: preview.uploadId,
        mapping: { header: preview.header, delimiter: ",", columns: ["phone", "firstName"], defaultCountry: "US" },
        // Small reads make several pieces; the first chunk is already in Contact (inside the
        // transaction) when the failure hits.
        chunkRows: 4096,
        readChunkBytes: 16 * 1024,
        hooks: {
          afterBatch: () => {
            if (++batches === 2) throw new Error("injected failure after the second batch");
          },
        },
      });
      // Not the person's mistake: thrown, so that Temporal retries the activity.
      await expect(attempt).rejects.toThrow(/injected failure/);
      const state = await campaignState(campaignId);
      expect(state).toEqual({ active: firstListId, lists: [{ id: firstListId }], contacts: 50 });
      expect((await getImportStatus(db, importId)).status).toBe("RUNNING");
      expect(await db.tx((tx) => tx.contactImportRejection.count({ where: { importId } }))).toBe(0);
      // The file is still there for the retry, which completes.
      const retry = await runContactImport(db, {
        importId,
        campaignId,
        userId,
        uploadId: preview.uploadId,
        mapping: { header: preview.header, delimiter: ",", columns: ["phone", "firstName"], defaultCountry: "US" },
      });
      expect(retry).toMatchObject({ status: "SUCCEEDED", rows: 9000 });
      expect((await campaignState(campaignId)).contacts).toBe(50 + 9000); // the first list's and the new one's
    });

    it("an aborted signal (Temporal's cancel, in the activity) rolls everything back", async () => {
      const { campaignId, firstListId } = await withFirstList();
      const preview = await upload(campaignId, bigCsv(8000, 1000));
      const importId = await runningImport(campaignId, preview.uploadId, preview.size);
      const cancel = new AbortController();
      const outcome = await runContactImport(db, {
        importId,
        campaignId,
        userId,
        uploadId: preview.uploadId,
        signal: cancel.signal,
        progressEveryRows: 4096,
        chunkRows: 4096,
        readChunkBytes: 16 * 1024,
        mapping: { header: preview.header, delimiter: ",", columns: ["phone", "firstName"], defaultCountry: "US" },
        hooks: { afterBatch: (n) => void (n >= 4096 && cancel.abort()) },
      });
      expect(outcome.status).toBe("CANCELLED");
      expect(await campaignState(campaignId)).toEqual({
        active: firstListId,
        lists: [{ id: firstListId }],
        contacts: 50,
      });
      expect((await getImportStatus(db, importId)).status).toBe("CANCELLED");
    });

    it("loads in chunks: duplicates across chunks and do-not-call hits are counted once", async () => {
      const campaignId = await createCampaign();
      await addDncNumber(db, { userId }, { phone: usPhone(6000), defaultCountry: "US" });
      // 9000 rows in chunks of 4096; the last row repeats row 2's number (first chunk) and one row is on the tenant's list.
      const csv = `${bigCsv(9000, 10)}${usPhone(10)},Again\n${globalDnc},Global\n`;
      const preview = await upload(campaignId, csv);
      const importId = await runningImport(campaignId, preview.uploadId, preview.size);
      const outcome = await runContactImport(db, {
        importId,
        campaignId,
        userId,
        uploadId: preview.uploadId,
        chunkRows: 4096,
        readChunkBytes: 16 * 1024,
        mapping: { header: preview.header, delimiter: ",", columns: ["phone", "firstName"], defaultCountry: "US" },
      });
      expect(outcome.status).toBe("SUCCEEDED");
      if (outcome.status !== "SUCCEEDED") return;
      // +1 212: every contact gets America/New_York from its area code.
      expect(outcome.counts).toEqual({ valid: 8999, invalid: 0, duplicate: 1, dnc: 2, noTimeZone: 0 });
      expect((await campaignState(campaignId)).contacts).toBe(8999);
      const rejections = await db.tx((tx) =>
        tx.contactImportRejection.findMany({
          where: { importId },
          orderBy: { rowNumber: "asc" },
          select: { rowNumber: true, reason: true },
        }),
      );
      expect(rejections).toEqual([
        { rowNumber: 5992, reason: `On the do-not-call list (${usPhone(6000)}).` },
        { rowNumber: 9002, reason: `Duplicate of row 2 (${usPhone(10)}).` },
        { rowNumber: 9003, reason: `On the do-not-call list (${globalDnc}).` },
      ]);
    });

    it("a second import replaces the active list in one step", async () => {
      const { campaignId, firstListId } = await withFirstList();
      const second = await importCsv(campaignId, bigCsv(5, 1100));
      expect(second.outcome.status).toBe("SUCCEEDED");
      const state = await campaignState(campaignId);
      expect(state.active).not.toBe(firstListId);
      expect((await importSummary(db, campaignId)).listSize).toBe(5);
    });
  });

  describe("tenancy", () => {
    it("another tenant cannot use an upload or see an import", async () => {
      const campaignId = await createCampaign();
      const preview = await upload(campaignId, `phone\n${usPhone(40)}\n`);
      const other = tenantDb(otherTenantId, userId);
      await expectAppError(loadUpload(other, campaignId, preview.uploadId), /Upload not found/);
      await expectAppError(
        startContactImport(
          other,
          { userId },
          { campaignId, uploadId: preview.uploadId, mapping: { columns: ["phone"], defaultCountry: "US" } },
        ),
        /Upload not found/,
      );
      const { importId } = await importCsv(campaignId, `phone\n${usPhone(41)}\n`);
      await expectAppError(getImportStatus(other, importId), /Import not found/);
      await expectAppError(importSummary(other, campaignId), /Campaign not found/);
      // Row-level security hides the stored file's rows from the other tenant.
      const visible = await other.tx((tx) => tx.contactUploadChunk.count({ where: { uploadId: preview.uploadId } }));
      expect(visible).toBe(0);
      expect(await db.tx((tx) => tx.contactUploadChunk.count({ where: { uploadId: preview.uploadId } }))).toBe(1);
    });
  });
});

// Keep the suggestion helper honest about the columns used above.
describe("Contact → ContactList integrity (statement-level triggers instead of a foreign key)", () => {
  const contact = (listId: string, rowNumber: number) => ({
    tenantId,
    listId,
    rowNumber,
    phoneE164: usPhone(900 + rowNumber),
  });

  it("refuses contacts of a list that does not exist or belongs to another tenant", async () => {
    const foreignCampaign = await createCampaign(otherTenantId);
    const foreignList = await tenantDb(otherTenantId).tx((tx) =>
      tx.contactList.create({ data: { tenantId: otherTenantId, campaignId: foreignCampaign }, select: { id: true } }),
    );
    for (const listId of [`missing-${suffix}`, foreignList.id]) {
      const error = await db
        .tx((tx) => tx.contact.createMany({ data: [contact(listId, 1)] }))
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toMatchObject({ code: "P2003" }); // SQLSTATE 23503, as the foreign key raised
    }
  });

  it("checks a list change, deletes a list's contacts with it, and keeps list ids fixed", async () => {
    const campaignId = await createCampaign();
    const list = await db.tx((tx) => tx.contactList.create({ data: { tenantId, campaignId }, select: { id: true } }));
    await db.tx((tx) => tx.contact.createMany({ data: [contact(list.id, 1), contact(list.id, 2)] }));
    const moved = await db
      .tx((tx) =>
        tx.contact.update({
          where: { listId_rowNumber: { listId: list.id, rowNumber: 1 } },
          data: { listId: `missing-${suffix}` },
        }),
      )
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(moved).toMatchObject({ code: "P2003" });
    const renamed = await db
      .tx((tx) => tx.contactList.update({ where: { id: list.id }, data: { id: `renamed-${suffix}` } }))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(renamed).toMatchObject({ code: "P2003" });
    await db.tx((tx) => tx.contactList.delete({ where: { id: list.id } }));
    expect(await db.tx((tx) => tx.contact.count({ where: { listId: list.id } }))).toBe(0);
  });
});

it("suggests phone/first/last/state columns", () => {
  expect(suggestColumns(["Phone", "First name", "Last name", "State", "Company"])).toEqual([
    "phone",
    "firstName",
    "lastName",
    "region",
    "custom",
  ]);
});
