import { smtpTransport } from "../../server/adapters/email/smtp-transport";
import { stripeBilling } from "../../server/adapters/stripe/billing-provider";
import { createCampaignActivities } from "./campaign-activities";
import { createLifecycleActivities } from "./lifecycle-activities";
import { createReviewActivities } from "./review-activities";

export function createActivities() {
  return {
    ...createCampaignActivities({ billing: stripeBilling, emailTransport: smtpTransport }),
    ...createReviewActivities({ emailTransport: smtpTransport }),
    ...createLifecycleActivities(),
  };
}

export type Activities = ReturnType<typeof createActivities>;
