/** The planner's tests: every test/plan/*.test.ts (once 22 files of test/, each its own process), in this one. */
import { importTestsIn } from './_folder.ts';

await importTestsIn(new URL('./plan/', import.meta.url));
