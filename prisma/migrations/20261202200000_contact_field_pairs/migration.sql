-- Contact fields as [key, value] pairs under field keys (docs/decisions.md 60, 61).
--
-- 1. Contact."fields" was a JSON object keyed by the raw CSV header. A column named `constructor` or
--    `prototype` broke superjson on the way to the browser and `__proto__` was dropped; jsonb also
--    reorders object keys. It becomes a list of [key, value] pairs in the list's column order.
-- 2. Keys follow the one header → key rule (server/shared/contacts/field-keys.ts), so every custom
--    field can be named in a {{contact.<key>}} placeholder. A header that already was a valid key
--    keeps it, so scripts written against it keep working; "Plan Tier" becomes "Plan_Tier".
-- 3. Contact."phoneExtension": the extension written after a number, which E.164 cannot hold.

ALTER TABLE "Contact" ADD COLUMN "phoneExtension" TEXT;
ALTER TABLE "Contact" ALTER COLUMN "fields" SET DEFAULT '[]';

-- The same rule as fieldKeyFromHeader(): accents dropped, runs of other characters than letters,
-- digits, _ and - made one _ (dropped at the ends), at most 64 characters.
CREATE FUNCTION pg_temp.field_key(header text, pos int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(nullif(left(regexp_replace(regexp_replace(
    regexp_replace(normalize(header, NFKD), '[\u0300-\u036f]', '', 'g'),
    '^[^A-Za-z0-9_-]+|[^A-Za-z0-9_-]+$', '', 'g'), '[^A-Za-z0-9_-]+', '_', 'g'), 64), ''), 'column_' || pos)
$$;

-- Old name → new key per list. Two old names that now read the same (case, - or _) keep the first;
-- the later one gets its position as a suffix, so no value is lost.
CREATE TEMP TABLE field_key_map (list_id text, pos int, old_name text, new_key text) ON COMMIT DROP;
INSERT INTO field_key_map
SELECT l."id", f.pos, f.name,
       CASE WHEN row_number() OVER (PARTITION BY l."id", lower(replace(pg_temp.field_key(f.name, f.pos::int), '-', '_'))
                                    ORDER BY f.pos) = 1
            THEN pg_temp.field_key(f.name, f.pos::int)
            ELSE left(pg_temp.field_key(f.name, f.pos::int), 58) || '_' || f.pos END
FROM "ContactList" l, unnest(l."fields") WITH ORDINALITY AS f(name, pos);

-- Migrations run as the owner, whom FORCE ROW LEVEL SECURITY would hold to a tenant context.
ALTER TABLE "Contact" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "ContactList" NO FORCE ROW LEVEL SECURITY;

UPDATE "ContactList" l SET "fields" = (
  SELECT array_agg(m.new_key ORDER BY m.pos) FROM field_key_map m WHERE m.list_id = l."id"
) WHERE cardinality(l."fields") > 0;

UPDATE "Contact" c SET "fields" = coalesce((
  SELECT jsonb_agg(jsonb_build_array(m.new_key, c."fields" ->> m.old_name) ORDER BY m.pos)
  FROM field_key_map m WHERE m.list_id = c."listId" AND c."fields" ? m.old_name
), '[]'::jsonb)
WHERE jsonb_typeof(c."fields") = 'object';

ALTER TABLE "Contact" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ContactList" FORCE ROW LEVEL SECURITY;
