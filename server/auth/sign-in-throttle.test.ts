import { describe, expect, it } from "vitest";
import { delayAfterFailures, nextThrottleState, SIGN_IN_THROTTLE, type ThrottleState } from "./sign-in-throttle";

const t0 = new Date("2026-12-02T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("delayAfterFailures", () => {
  it("lets the first attempts through, then doubles from 1 s up to 15 minutes", () => {
    expect([1, 2, 3].map(delayAfterFailures)).toEqual([0, 0, 0]);
    expect([4, 5, 6, 7].map(delayAfterFailures)).toEqual([1000, 2000, 4000, 8000]);
    expect(delayAfterFailures(40)).toBe(SIGN_IN_THROTTLE.maxDelayMs);
  });
});

describe("nextThrottleState", () => {
  it("never refuses outright: after the delay the pair may try again (a slowdown, not a lockout)", () => {
    let state: ThrottleState | null = null;
    let now = t0;
    for (let i = 0; i < 20; i++) {
      const decision = nextThrottleState(state, now);
      expect(decision.allowed).toBe(true);
      if (!decision.allowed) return;
      state = decision.next;
      now = state.lockedUntil; // wait exactly the delay
    }
    expect(state!.failures).toBe(20);
  });

  it("refuses while the delay runs, and says how long to wait", () => {
    const state: ThrottleState = { failures: 6, lockedUntil: at(4000) };
    expect(nextThrottleState(state, at(1500))).toEqual({ allowed: false, retryAfterSeconds: 3 });
  });

  it("forgets a pair that was quiet for an hour", () => {
    const state: ThrottleState = { failures: 12, lockedUntil: t0 };
    const decision = nextThrottleState(state, at(SIGN_IN_THROTTLE.forgetAfterMs + 1));
    expect(decision).toEqual({
      allowed: true,
      next: { failures: 1, lockedUntil: at(SIGN_IN_THROTTLE.forgetAfterMs + 1) },
    });
  });
});
