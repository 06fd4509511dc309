-- Row-level security: the second wall behind the tenant gate in server/api/trpc.ts.
-- The app connects as callwright_app (not the owner, no BYPASSRLS). Operator staff reach across
-- tenants only through server/db/operator-scope.ts, which SET ROLEs to callwright_operator and audits.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'callwright_app') THEN
    CREATE ROLE callwright_app NOLOGIN NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'callwright_operator') THEN
    CREATE ROLE callwright_operator NOLOGIN NOBYPASSRLS;
  END IF;
END $$;
GRANT callwright_operator TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO callwright_app, callwright_operator;

-- Fails closed: a query on a tenant table with neither a tenant nor a user context is an error,
-- not an empty result. Transaction-local settings reset to '' afterwards, hence nullif.
CREATE FUNCTION app_tenant_id() RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  tenant text := nullif(current_setting('app.tenant_id', true), '');
  usr text := nullif(current_setting('app.user_id', true), '');
BEGIN
  IF tenant IS NULL AND usr IS NULL THEN
    RAISE EXCEPTION 'tenant context is not set (app.tenant_id)' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN tenant;
END $$;

CREATE FUNCTION app_user_id() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')
$$;

GRANT EXECUTE ON FUNCTION app_tenant_id(), app_user_id() TO callwright_app, callwright_operator;

-- Tenant tables: ENABLE + FORCE, one isolation policy, and the operator role's audited reach.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Membership', 'Invitation', 'AuditLog', 'Campaign', 'EmailLog'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()))', t);
    EXECUTE format('CREATE POLICY operator_reach ON %I TO callwright_operator USING (true) WITH CHECK (true)', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO callwright_app, callwright_operator', t);
  END LOOP;
END $$;

-- A signed-in user may read their own memberships (to find their organizations) in any tenant.
CREATE POLICY own_memberships ON "Membership" FOR SELECT USING ("userId" = (SELECT app_user_id()));

ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Organization" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Organization"
  USING ("id" = (SELECT app_tenant_id())
         OR "id" IN (SELECT m."tenantId" FROM "Membership" m WHERE m."userId" = (SELECT app_user_id())))
  WITH CHECK ("id" = (SELECT app_tenant_id()));
CREATE POLICY operator_reach ON "Organization" TO callwright_operator USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON "Organization" TO callwright_app, callwright_operator;

-- Identity is global: the owner (auth code) manages it; the app role sees only itself and
-- the members of the current tenant.
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible_users ON "User" FOR SELECT
  USING ("id" = (SELECT app_user_id())
         OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User"."id" AND m."tenantId" = (SELECT app_tenant_id())));
CREATE POLICY operator_reach ON "User" FOR SELECT TO callwright_operator USING (true);
GRANT SELECT ON "User" TO callwright_app, callwright_operator;
