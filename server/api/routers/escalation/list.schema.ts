import "server-only";
import { z } from "zod";

export const campaignIdSchema = z.string().min(1).max(64);
export const listEscalationContactsSchema = z.object({ campaignId: campaignIdSchema });
