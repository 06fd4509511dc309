import { describe, expect, it } from "vitest";
import { applyCallEvent, callEventSchema, type CallEvent, type CallView } from "./call-events";

const at = (s: number) => new Date(Date.UTC(2026, 11, 2, 12, 0, s));
const ev = (sequence: number, extra: Partial<CallEvent>): CallEvent =>
  callEventSchema.parse({ callId: "CA1", sequence, occurredAt: at(sequence), ...extra });

const fold = (events: CallEvent[]) => {
  let view: CallView | undefined;
  const outcomes: string[] = [];
  for (const e of events) {
    const r = applyCallEvent(view, e);
    view = r.view;
    outcomes.push(r.outcome);
  }
  return { view: view!, outcomes };
};

const happyPath = [
  ev(0, { state: "initiated" }),
  ev(1, { state: "ringing" }),
  ev(2, { state: "answered" }),
  ev(3, { answeredBy: "human", amdDetectionMs: 1800 }),
  ev(4, { state: "ended", endReason: "completed", talkSeconds: 95, ringSeconds: 6, sipCode: 200 }),
];

describe("applyCallEvent", () => {
  it("folds a call's events in order", () => {
    const { view, outcomes } = fold(happyPath);
    expect(outcomes).toEqual(["applied", "applied", "applied", "applied", "applied"]);
    expect(view).toMatchObject({
      state: "ended",
      answeredBy: "human",
      amdDetectionMs: 1800,
      endReason: "completed",
      talkSeconds: 95,
      ringSeconds: 6,
      sipCode: 200,
      answeredAt: at(2),
      endedAt: at(4),
    });
  });

  it("ends in the same view whatever the order and however often each event arrives", () => {
    const expected = fold(happyPath).view;
    const orders = [
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
      [0, 0, 1, 4, 4, 2, 3, 3],
      [3, 4, 0, 1, 2, 4],
    ];
    for (const order of orders) {
      const { view } = fold(order.map((i) => happyPath[i]!));
      expect({ ...view, appliedSequences: [], answeredAt: undefined }).toEqual({
        ...expected,
        appliedSequences: [],
        answeredAt: undefined,
      });
      expect(new Set(view.appliedSequences)).toEqual(new Set([0, 1, 2, 3, 4]));
    }
  });

  it("applies a repeated (call, sequence) once", () => {
    const { outcomes } = fold([happyPath[0]!, happyPath[0]!, happyPath[1]!, happyPath[1]!]);
    expect(outcomes).toEqual(["applied", "duplicate", "applied", "duplicate"]);
  });

  it("never lets an event after the end reopen the call", () => {
    const { view, outcomes } = fold([
      ev(5, { state: "ended", endReason: "no-answer", ringSeconds: 25 }),
      ev(2, { state: "ringing" }),
      ev(3, { state: "answered" }),
    ]);
    expect(view.state).toBe("ended");
    expect(view.endReason).toBe("no-answer");
    expect(view.answeredAt).toBeUndefined();
    expect(outcomes).toEqual(["applied", "late", "late"]);
  });

  it("keeps the first terminal state when two disagree", () => {
    const { view } = fold([
      ev(4, { state: "ended", endReason: "busy", sipCode: 486 }),
      ev(5, { state: "ended", endReason: "completed", talkSeconds: 10 }),
    ]);
    expect(view).toMatchObject({ endReason: "busy", sipCode: 486, talkSeconds: 0 });
  });

  it("refuses an event of another call and malformed events", () => {
    const { view } = fold([happyPath[0]!]);
    expect(() => applyCallEvent(view, { ...happyPath[1]!, callId: "CA2" })).toThrow(/CA2/);
    expect(callEventSchema.safeParse({ callId: "CA1", sequence: 1, occurredAt: at(1), state: "ended" }).success).toBe(
      false,
    );
    expect(
      callEventSchema.safeParse({ callId: "CA1", sequence: -1, occurredAt: at(1), state: "ringing" }).success,
    ).toBe(false);
    expect(callEventSchema.safeParse({ callId: "CA1", sequence: 1, occurredAt: at(1) }).success).toBe(false);
  });
});
