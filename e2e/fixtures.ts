import { AxeBuilder } from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

// The fixtures every journey runs with. Import `test` and `expect` from here, not from
// @playwright/test:
// - a browser that logs an error or throws fails the journey: a hydration mismatch (server HTML
//   and the browser's first render differ, issue 10's Do-not-call page) always, any other console
//   error unless the journey lists it in `allowedConsoleErrors` (a 401 it provokes on purpose);
// - `expectAccessible(page)` runs axe on the page and fails on serious or critical violations.

export { expect };

const HYDRATION = /hydrat|did not match|Minified React error #(418|423|425)/i;

interface Options {
  /** Console errors this journey provokes on purpose (never a hydration error). */
  allowedConsoleErrors: RegExp[];
}

/**
 * Each journey is its own client address (RFC 5737 documentation range), as distinct users behind the
 * test stack's one trusted proxy hop (decision 50): the per-address sign-up and sign-in limits then
 * count each journey on its own instead of all of e2e as one 127.0.0.1.
 */
function clientAddress(title: string): string {
  let hash = 0;
  for (const char of title) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `198.51.100.${(hash % 250) + 1}`;
}

export const test = base.extend<Options & { browserErrors: void }>({
  allowedConsoleErrors: [[], { option: true }],
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    await use({ ...extraHTTPHeaders, "x-forwarded-for": clientAddress(testInfo.titlePath.join(" › ")) });
  },
  browserErrors: [
    async ({ browser, context, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on("pageerror", (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
        page.on("console", (message) => {
          if (message.type() !== "error") return;
          const text = message.text();
          if (!HYDRATION.test(text) && allowedConsoleErrors.some((allowed) => allowed.test(text))) return;
          problems.push(`console error on ${page.url()}: ${text} (${message.location().url})`);
        });
      };
      const watchContext = (ctx: BrowserContext) => {
        ctx.pages().forEach(watch);
        ctx.on("page", watch);
      };
      watchContext(context);
      // Contexts a journey opens itself (a second user; browser.newPage goes through newContext too).
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const ctx = await newContext(...args);
        watchContext(ctx);
        return ctx;
      };
      try {
        await use();
      } finally {
        browser.newContext = newContext;
      }
      expect(problems, "the browser logged errors (hydration mismatch, console error or uncaught exception)").toEqual(
        [],
      );
    },
    { auto: true },
  ],
});

/** Runs axe on the page as it is now; fails on serious and critical violations, listing each with its nodes. */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(blocking, `axe on ${page.url()}`).toEqual([]);
}
