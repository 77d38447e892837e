/** The realizer's tests: every test/realize/*.test.ts (once 6 files of test/, each its own process), in this one. */
import { importTestsIn } from './_folder.ts';

await importTestsIn(new URL('./realize/', import.meta.url));
