import "server-only";
// Port: how a rendered email leaves the system.
export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
}

export interface EmailTransport {
  send(message: OutgoingEmail): Promise<{ messageId: string }>;
}
