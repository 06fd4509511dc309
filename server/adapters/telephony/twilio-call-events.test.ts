import { describe, expect, it } from "vitest";
import { AMD_SEQUENCE, callEventFromTwilio } from "./twilio-call-events";

const SID = "CA" + "0123456789abcdef".repeat(2);
const now = new Date("2026-12-02T12:00:00Z");
const parse = (fields: Record<string, string>) => callEventFromTwilio(new URLSearchParams(fields), now);

describe("callEventFromTwilio", () => {
  it("maps Twilio's statuses onto the port's states and end reasons", () => {
    expect(parse({ CallSid: SID, CallStatus: "ringing", SequenceNumber: "1" })).toMatchObject({
      state: "ringing",
      sequence: 1,
    });
    expect(parse({ CallSid: SID, CallStatus: "in-progress", SequenceNumber: "2" }).state).toBe("answered");
    expect(
      parse({ CallSid: SID, CallStatus: "completed", SequenceNumber: "3", CallDuration: "42", SipResponseCode: "200" }),
    ).toMatchObject({ state: "ended", endReason: "completed", talkSeconds: 42, sipCode: 200 });
    for (const [status, reason] of [
      ["busy", "busy"],
      ["no-answer", "no-answer"],
      ["failed", "failed"],
      ["canceled", "canceled"],
    ])
      expect(parse({ CallSid: SID, CallStatus: status!, SequenceNumber: "3" })).toMatchObject({
        state: "ended",
        endReason: reason,
        talkSeconds: 0,
      });
  });

  it("reads the asynchronous AMD callback as a verdict with its detection time", () => {
    expect(parse({ CallSid: SID, AnsweredBy: "machine_end_beep", MachineDetectionDuration: "2300" })).toMatchObject({
      state: undefined,
      answeredBy: "machine",
      amdDetectionMs: 2300,
      sequence: AMD_SEQUENCE,
    });
    expect(parse({ CallSid: SID, AnsweredBy: "human" }).answeredBy).toBe("human");
  });

  it("takes the provider's timestamp, or the arrival time when it has none or a bad one", () => {
    const t = "Wed, 02 Dec 2026 11:59:58 +0000";
    expect(parse({ CallSid: SID, CallStatus: "ringing", SequenceNumber: "1", Timestamp: t }).occurredAt).toEqual(
      new Date(t),
    );
    expect(parse({ CallSid: SID, CallStatus: "ringing", SequenceNumber: "1", Timestamp: "soon" }).occurredAt).toEqual(
      now,
    );
  });

  it("refuses bodies that are not call events", () => {
    expect(() => parse({ CallSid: "not-a-sid", CallStatus: "ringing", SequenceNumber: "1" })).toThrow(/call sid/);
    expect(() => parse({ CallSid: SID, CallStatus: "exploded", SequenceNumber: "1" })).toThrow();
    expect(() => parse({ CallSid: SID, CallStatus: "ringing" })).toThrow(); // no sequence
    expect(() => parse({ CallSid: SID })).toThrow(); // neither status nor verdict
  });
});
