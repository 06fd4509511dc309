import { hash } from "@node-rs/argon2";
import pg from "pg";

/**
 * Seeds the portal benchmark's data in SQL (a few set-based statements per tenant, seconds in all):
 * `tenants` client organizations with `campaignsPerTenant` campaigns each (settings, a script
 * version, a contact list built by a succeeded import with its contacts, an escalation contact, and a
 * submission with its quote once submitted), one owner per tenant, and `operators` operator admins.
 * The first tenant's first campaign gets `bigListContacts` contacts. Rows are written inside each
 * tenant's context (app.tenant_id), so it works whether or not the owner role bypasses RLS.
 */
export interface SeedOptions {
  tenants: number;
  campaignsPerTenant: number;
  contactsPerList: number;
  bigListContacts: number;
  operators: number;
  password: string;
}

export interface SeededTenant {
  orgId: string;
  ownerEmail: string;
  campaignIds: string[];
}

export interface SeededData {
  tenants: SeededTenant[];
  operatorEmails: string[];
  /** The campaign whose active list holds `bigListContacts` contacts. */
  bigCampaign: { orgId: string; campaignId: string };
}

const OPERATOR_ORG = "org_operator_demo"; // prisma/demo-data.ts, seeded by the stack
const pad = (n: number) => String(n).padStart(2, "0");
export const benchTenantId = (t: number) => `bench_t${pad(t)}`;
const campaignId = (t: number, c: number) => `${benchTenantId(t)}_c${pad(c)}`;

// Valid values for every settings column (server/domain/campaigns/campaign-settings.ts parses them).
const CALLING_WINDOW = { days: [1, 2, 3, 4, 5], start: "09:00", end: "20:00" };
const RETRY_POLICY = {
  noAnswer: { retry: true, delayMinutes: 240 },
  busy: { retry: true, delayMinutes: 30 },
  machine: { retry: true, delayMinutes: 1440 },
  callback: { retry: true, delayMinutes: 60 },
};
const DISPOSITIONS = [
  { code: "SALE", label: "Sale", category: "SUCCESS", billable: true },
  { code: "NO_SALE", label: "No sale", category: "CONTACT", billable: true },
  { code: "DNC", label: "Do not call", category: "DO_NOT_CALL", billable: false },
];
const GRAPH = {
  startStepId: "greeting",
  steps: [
    { id: "greeting", title: "Greeting", kind: "say", text: "Hello {{contact.firstName}}, this is Acme calling." },
    {
      id: "goodbye",
      title: "Goodbye",
      kind: "end",
      text: "Thank you for your time. Goodbye!",
      dispositionCode: "SALE",
    },
  ],
};
const quoteFor = (listSize: number) => ({
  listSize,
  expectedContacts: Math.round(listSize * 0.6),
  agentMinutes: listSize * 3,
  agentHours: (listSize / 20).toFixed(2),
  amountMinor: listSize * 160,
  currency: "EUR",
  ratePlanId: "default",
  ratePlanName: "Standard",
  breakdown: {
    contactRateBps: 6000,
    handleSeconds: 180,
    talkSeconds: 120,
    dialAttempts: listSize * 2,
    dialOverheadSeconds: 20,
    agentHourRateMinor: 3200,
    laborMinor: listSize * 160,
    setupFeeMinor: 0,
  },
});

// One status per campaign in turn; a DRAFT has no submission.
const STATUSES = ["DRAFT", "SUBMITTED", "APPROVED", "RUNNING", "PAUSED", "COMPLETED", "REJECTED"] as const;

export async function seedPortalData(ownerUrl: string, opts: SeedOptions): Promise<SeededData> {
  const passwordHash = await hash(opts.password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const tenants: SeededTenant[] = [];
  try {
    for (let t = 1; t <= opts.tenants; t++) {
      const orgId = benchTenantId(t);
      const ownerEmail = `owner-${pad(t)}@bench.test`;
      const campaignIds = Array.from({ length: opts.campaignsPerTenant }, (_, i) => campaignId(t, i + 1));
      const listSizes = campaignIds.map((_, i) => (t === 1 && i === 0 ? opts.bigListContacts : opts.contactsPerList));
      await client.query("BEGIN");
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [orgId]);
      await client.query(
        `INSERT INTO "Organization" ("id", "kind", "name", "slug", "timeZone") VALUES ($1, 'CLIENT', $2, $3, 'Europe/Berlin')`,
        [orgId, `Bench tenant ${pad(t)}`, orgId.replace("_", "-")],
      );
      const user = await client.query<{ id: string }>(
        `INSERT INTO "User" ("id", "email", "name", "passwordHash", "emailVerified") VALUES ($1, $2, $3, $4, now()) RETURNING "id"`,
        [`${orgId}_owner`, ownerEmail, `Owner ${pad(t)}`, passwordHash],
      );
      await client.query(
        `INSERT INTO "Membership" ("id", "tenantId", "userId", "role") VALUES ($1, $2, $3, 'CLIENT_OWNER')`,
        [`${orgId}_m`, orgId, user.rows[0]!.id],
      );
      // Campaigns: c = 1..N, created a minute apart (the dashboard orders by createdAt).
      await client.query(
        `INSERT INTO "Campaign" ("id", "tenantId", "name", "description", "status", "workflowId", "createdById",
           "type", "startDate", "endDate", "callingWindow", "dialMode", "retryPolicy", "callerId", "dispositions",
           "budgetCapMinor", "currency", "wizardStep", "submittedAt", "approvedAt", "createdAt", "updatedAt")
         SELECT id, $1, 'Campaign ' || c, 'Benchmark campaign ' || c, s::"CampaignStatus", 'campaign-' || id, $2,
           'OUTBOUND_SALES', current_date + 30, current_date + 60, $3, 'PROGRESSIVE', $4, '+12127365000', $5,
           1000000, 'EUR', 5,
           CASE WHEN s <> 'DRAFT' THEN now() - interval '2 days' END,
           CASE WHEN s IN ('APPROVED', 'RUNNING', 'PAUSED', 'COMPLETED') THEN now() - interval '1 day' END,
           now() - make_interval(mins => (60 - c)::int), now()
         FROM unnest($6::text[], $7::text[]) WITH ORDINALITY AS x(id, s, c)`,
        [
          orgId,
          user.rows[0]!.id,
          JSON.stringify(CALLING_WINDOW),
          JSON.stringify(RETRY_POLICY),
          JSON.stringify(DISPOSITIONS),
          campaignIds,
          campaignIds.map((_, i) => STATUSES[i % STATUSES.length]),
        ],
      );
      // A list per campaign, built by a succeeded import, and made active.
      await client.query(
        `INSERT INTO "ContactList" ("id", "tenantId", "campaignId", "fields", "rowCount")
           SELECT id || '_l', $1, id, '{}', n FROM unnest($2::text[], $3::int[]) AS x(id, n)`,
        [orgId, campaignIds, listSizes],
      );
      await client.query(
        `INSERT INTO "ContactImport" ("id", "tenantId", "campaignId", "listId", "status", "fileName", "fileSize",
           "totalRows", "processedRows", "counts", "createdById", "finishedAt")
         SELECT id || '_i', $1, id, id || '_l', 'SUCCEEDED', 'contacts.csv', n * 60, n, n,
           jsonb_build_object('valid', n, 'invalid', 0, 'duplicate', 0, 'dnc', 0, 'noTimeZone', 0), $3, now()
         FROM unnest($2::text[], $4::int[]) AS x(id, n)`,
        [orgId, campaignIds, user.rows[0]!.id, listSizes],
      );
      await client.query(`UPDATE "Campaign" SET "activeContactListId" = "id" || '_l' WHERE "id" = ANY ($1::text[])`, [
        campaignIds,
      ]);
      // Contacts in file order, a few places, unique phones per list (the key is (listId, rowNumber)).
      await client.query(
        `INSERT INTO "Contact" ("tenantId", "listId", "rowNumber", "phoneE164", "firstName", "lastName", "email",
           "country", "region", "timeZone")
         SELECT $1, x.id || '_l', r, '+1212' || lpad(r::text, 7, '0'), 'First' || r, 'Last' || r,
           'contact' || r || '@example.com', 'US', (ARRAY['NY', 'CA', 'IL', 'TX'])[1 + r % 4],
           (ARRAY['America/New_York', 'America/Los_Angeles', 'America/Chicago', NULL])[1 + r % 4]
         FROM unnest($2::text[], $3::int[]) AS x(id, n), generate_series(2, n + 1) AS r`,
        [orgId, campaignIds, listSizes],
      );
      await client.query(
        `INSERT INTO "Script" ("id", "tenantId", "campaignId") SELECT id || '_s', $1, id FROM unnest($2::text[]) AS id`,
        [orgId, campaignIds],
      );
      await client.query(
        `INSERT INTO "ScriptVersion" ("id", "tenantId", "scriptId", "version", "status", "graph", "createdById")
           SELECT c."id" || '_sv1', $1, c."id" || '_s', 1,
             (CASE WHEN c."status" = 'DRAFT' THEN 'DRAFT' ELSE 'SUBMITTED' END)::"ScriptVersionStatus", $2, $3
           FROM "Campaign" c WHERE c."tenantId" = $1`,
        [orgId, JSON.stringify(GRAPH), user.rows[0]!.id],
      );
      await client.query(
        `INSERT INTO "EscalationContact" ("id", "tenantId", "campaignId", "position", "name", "role", "phoneE164",
           "email", "channels", "timeZone", "windows")
         SELECT id || '_e', $1, id, 0, 'Duty manager', 'Manager', '+12127365001', 'duty@example.com',
           ARRAY['WARM_TRANSFER'], 'America/New_York', $3
         FROM unnest($2::text[]) AS id`,
        [orgId, campaignIds, JSON.stringify([{ days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" }])],
      );
      await client.query(
        `INSERT INTO "CampaignSubmission" ("id", "tenantId", "campaignId", "scriptVersionId", "quote", "preflight",
           "submittedById", "submittedAt", "decision", "reviewedAt")
         SELECT c."id" || '_sub', $1, c."id", c."id" || '_sv1', $2::jsonb, '{}', $3, c."submittedAt",
           CASE WHEN c."status" = 'REJECTED' THEN 'REJECTED' WHEN c."approvedAt" IS NOT NULL THEN 'APPROVED' END,
           c."approvedAt"
         FROM "Campaign" c WHERE c."tenantId" = $1 AND c."status" <> 'DRAFT'`,
        [orgId, JSON.stringify(quoteFor(opts.contactsPerList)), user.rows[0]!.id],
      );
      await client.query("COMMIT");
      tenants.push({ orgId, ownerEmail, campaignIds });
    }

    const operatorEmails: string[] = [];
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [OPERATOR_ORG]);
    for (let o = 1; o <= opts.operators; o++) {
      const email = `operator-${pad(o)}@bench.test`;
      await client.query(
        `INSERT INTO "User" ("id", "email", "name", "passwordHash", "emailVerified") VALUES ($1, $2, $3, $4, now())`,
        [`bench_operator_${pad(o)}`, email, `Operator ${pad(o)}`, passwordHash],
      );
      await client.query(
        `INSERT INTO "Membership" ("id", "tenantId", "userId", "role") VALUES ($1, $2, $1, 'OPERATOR_ADMIN')`,
        [`bench_operator_${pad(o)}`, OPERATOR_ORG],
      );
      operatorEmails.push(email);
    }
    await client.query("COMMIT");
    await client.query(`VACUUM ANALYZE`);
    return {
      tenants,
      operatorEmails,
      bigCampaign: { orgId: tenants[0]!.orgId, campaignId: tenants[0]!.campaignIds[0]! },
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
