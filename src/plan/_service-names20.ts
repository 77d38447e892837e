/**
 * Names a service gives its own things (QUALITY.md E): a file is named as a document ("site-plan-2023.pdf"),
 * never Faker word soup ("duh-tedious.pdf"); a dataset or version a path names is the spec's own ("oa_citations",
 * "v1"), never a generic "sales-2024" at "3.11.1".
 */
import { faker } from './_faker.ts';

const DOCUMENTS: ReadonlyArray<readonly [stem: string, exts: readonly string[]]> = [
  ['site-plan', ['pdf']],
  ['inspection-report', ['pdf', 'docx']],
  ['annual-report', ['pdf']],
  ['registration-certificate', ['pdf']],
  ['application-form', ['pdf', 'docx']],
  ['contract-signed', ['pdf']],
  ['meeting-minutes', ['docx', 'pdf']],
  ['invoice', ['pdf']],
  ['well-construction-report', ['pdf']],
  ['site-photo', ['jpg', 'png']],
  ['equipment-photo', ['jpg']],
  ['licence-renewal', ['pdf']],
  ['field-notes', ['docx', 'pdf']],
  ['budget-summary', ['xlsx', 'pdf']],
  ['map-overview', ['png', 'pdf']],
];

/** A document's file name: a stem a person gives a file, sometimes dated or numbered, and a fitting extension. */
export function documentFileName(): string {
  const [stem, exts] = faker.helpers.arrayElement(DOCUMENTS as Array<readonly [string, readonly string[]]>);
  const tail = faker.helpers.arrayElement(['', `-${faker.number.int({ min: 2019, max: 2025 })}`, `-${String(faker.number.int({ min: 1, max: 12 })).padStart(2, '0')}`]);
  return `${stem}${tail}.${faker.helpers.arrayElement(exts as string[])}`;
}

/** Things only the service defines (a dataset, its version, a collection): a person says the spec's own example. */
const SERVICE_DEFINED = /^(dataset|data_set|dataset_name|dataset_id|collection|collection_name|index_name|version|dataset_version|api_version)$/;

/** True when an input named for a thing only the service defines should take the spec's example. */
export function serviceDefined(name: string, inResult: boolean): boolean {
  return !inResult && SERVICE_DEFINED.test(name);
}
