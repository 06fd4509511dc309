import "server-only";
import nodemailer from "nodemailer";
import { env } from "../../env";
import type { EmailTransport } from "./email-transport";

let transporter: nodemailer.Transporter | undefined;

/** SMTP adapter: maildev locally, any SMTP relay (SES, Postmark, …) in production via SMTP_URL. */
export const smtpTransport: EmailTransport = {
  async send(message) {
    transporter ??= nodemailer.createTransport(env().SMTP_URL);
    const info = await transporter.sendMail({ from: env().EMAIL_FROM, ...message });
    return { messageId: String(info.messageId) };
  },
};
