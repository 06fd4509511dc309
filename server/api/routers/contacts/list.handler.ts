import "server-only";
import type { z } from "zod";
import { listContacts } from "../../../domain/contacts/contact-table";
import { can } from "../../../shared/auth/permissions";
import type { TenantContext } from "../../trpc";
import type { contactListInput } from "./list.schema";

export const listContactsHandler = ({ ctx, input }: { ctx: TenantContext; input: z.output<typeof contactListInput> }) =>
  listContacts(ctx.db, input, { wholeNumbers: can(ctx.membership.role, "contacts.viewPhoneNumbers") });
