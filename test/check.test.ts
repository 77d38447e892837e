/** The checker's tests: every test/check/*.test.ts (once 125 files of test/, each its own process), in this one. */
import { importTestsIn } from './_folder.ts';

await importTestsIn(new URL('./check/', import.meta.url));
