import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/demo-data";
import { PROFILES, startStack } from "./lib/stack";

// `npm run dev`: the whole stack on embedded defaults. Ctrl-C stops every child.
const stack = await startStack(PROFILES.dev).catch((error: unknown) => {
  console.error(`\n✖ dev stack failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

console.log("\n\x1b[1mCallwright is running\x1b[0m");
for (const [what, url] of Object.entries(stack.urls)) console.log(`  ${what.padEnd(22)} ${url}`);
console.log(`\n\x1b[1mDemo logins\x1b[0m (password for all: ${DEMO_PASSWORD})`);
for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(15)} ${user.email.padEnd(32)} ${user.org}`);
console.log("\nCtrl-C stops everything.\n");
