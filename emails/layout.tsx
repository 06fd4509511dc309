import { Body, Container, Head, Heading, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export function EmailLayout({ preview, heading, children }: { preview: string; heading: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "system-ui, -apple-system, Segoe UI, sans-serif" }}>
        <Container
          style={{ backgroundColor: "#ffffff", borderRadius: 8, margin: "32px auto", padding: 32, maxWidth: 560 }}
        >
          <Text style={{ color: "#4f46e5", fontWeight: 700, fontSize: 14, letterSpacing: 1 }}>CALLWRIGHT</Text>
          <Heading style={{ fontSize: 22, color: "#18181b" }}>{heading}</Heading>
          <Section>{children}</Section>
          <Text style={{ color: "#71717a", fontSize: 12, marginTop: 32 }}>
            You receive this email because of your Callwright account.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#4f46e5",
  borderRadius: 6,
  color: "#ffffff",
  padding: "12px 20px",
  fontWeight: 600,
  textDecoration: "none",
} as const;
