import "server-only";
import { render } from "@react-email/render";
import { createElement, type FunctionComponent } from "react";
import { emailTemplates, type EmailTemplate } from "../../../emails";
import { logger } from "../../logger";
import type { EmailTransport } from "./email-transport";
import { smtpTransport } from "./smtp-transport";

export async function renderEmail(template: EmailTemplate) {
  const entry = emailTemplates[template.name];
  const component = entry.component as FunctionComponent<typeof template.props>;
  const subject = (entry.subject as (p: typeof template.props) => string)(template.props);
  const element = createElement(component, template.props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}

export async function sendEmail(
  { to, template }: { to: string; template: EmailTemplate },
  transport: EmailTransport = smtpTransport,
) {
  const rendered = await renderEmail(template);
  const result = await transport.send({ to, ...rendered });
  logger.info({ to, template: template.name, messageId: result.messageId }, "email sent");
  return { ...result, subject: rendered.subject };
}
