-- Contact is written almost only by bulk imports (up to ~1M rows of one list in a few statements).
-- Two things made those inserts slow; both are replaced here. Measured on the 2-core machine with
-- 940k contacts (docs/contact-import.md): 14.7–18.0 s → 6.7–6.8 s for the indexes, ~7 s less for the key.
--
-- 1. The unique index ("tenantId", "listId", "phoneE164") took rows in random phone order: about
--    8 µs per row of btree descent and page splits. Phone uniqueness within a list is kept by the
--    import itself (it dedupes the whole file before anything is written, and a list is written by
--    exactly one import, in one transaction, and never changes afterwards). Lists are read by
--    position instead, so the new index follows the insert order and is only appended to.
DROP INDEX "Contact_tenantId_listId_phoneE164_key";
CREATE INDEX "Contact_tenantId_listId_rowNumber_idx" ON "Contact" ("tenantId", "listId", "rowNumber");

-- 2. The foreign key to ContactList ran its RI trigger for every row (a SELECT … FOR KEY SHARE of
--    the same list row each time): about 7 s per million contacts. These triggers
--    keep the same guarantees (the list exists and is locked against deletion until the inserting
--    transaction ends; deleting a list deletes its contacts; a list id never changes) with one
--    set-based check over each statement's transition table. They run as the invoker, so row-level
--    security applies: a contact can only point at a list its own tenant can see.
--    schema.prisma keeps the relation for queries (see the comment on Contact.list).

ALTER TABLE "Contact" DROP CONSTRAINT "Contact_listId_fkey";

-- Contact.listId must name an existing, visible ContactList.
CREATE FUNCTION contact_list_exists() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  wanted text[];
  found int;
BEGIN
  SELECT array_agg(DISTINCT "listId") INTO wanted FROM new_contacts;
  IF wanted IS NULL THEN
    RETURN NULL;
  END IF;
  -- FOR KEY SHARE, as the foreign key did: a concurrent DELETE of the list waits for this transaction.
  SELECT count(*) INTO found FROM (SELECT 1 FROM "ContactList" WHERE "id" = ANY (wanted) FOR KEY SHARE) l;
  IF found < cardinality(wanted) THEN
    RAISE EXCEPTION 'insert or update on table "Contact" violates the contact list reference'
      USING ERRCODE = 'foreign_key_violation',
            DETAIL = format('%s of the contact lists named by the statement do not exist.', cardinality(wanted) - found);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER contact_list_exists_insert AFTER INSERT ON "Contact"
  REFERENCING NEW TABLE AS new_contacts FOR EACH STATEMENT EXECUTE FUNCTION contact_list_exists();

-- Moving a contact to another list is rare: checked row by row, and only when listId changes.
CREATE FUNCTION contact_list_exists_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "ContactList" WHERE "id" = NEW."listId" FOR KEY SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'insert or update on table "Contact" violates the contact list reference'
      USING ERRCODE = 'foreign_key_violation', DETAIL = format('Contact list %s does not exist.', NEW."listId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER contact_list_exists_update AFTER UPDATE OF "listId" ON "Contact"
  FOR EACH ROW WHEN (OLD."listId" IS DISTINCT FROM NEW."listId") EXECUTE FUNCTION contact_list_exists_row();

-- Deleting a list deletes its contacts (was ON DELETE CASCADE), through the ("tenantId", "listId", …) index.
CREATE FUNCTION contact_list_delete_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "Contact" c USING old_lists o WHERE c."tenantId" = o."tenantId" AND c."listId" = o."id";
  RETURN NULL;
END $$;

CREATE TRIGGER contact_list_delete_contacts AFTER DELETE ON "ContactList"
  REFERENCING OLD TABLE AS old_lists FOR EACH STATEMENT EXECUTE FUNCTION contact_list_delete_contacts();

-- A list's id never changes (was ON UPDATE CASCADE; nothing renames ids).
CREATE FUNCTION contact_list_id_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ContactList.id cannot change' USING ERRCODE = 'foreign_key_violation';
END $$;

CREATE TRIGGER contact_list_id_immutable BEFORE UPDATE OF "id" ON "ContactList"
  FOR EACH ROW WHEN (OLD."id" IS DISTINCT FROM NEW."id") EXECUTE FUNCTION contact_list_id_immutable();
