/**
 * Job titles that exist (QUALITY.md E, bundled #77, wave 26): a posting is titled as employers title jobs
 * ("Registered Nurse", "Housekeeping Supervisor"), never a generator's "Central Implementation Orchestrator"; and a
 * company's jobs fit its industry: a hotel hires receptionists, chefs and housekeepers. Faker is bound to the
 * caller's Rng (`jobTitle26`); the settling of a built result draws nothing (a hash of the title replaced).
 */
import { faker } from './_faker.ts';

/** Real job titles by industry (the industries of the bundled jobs API and a few more). */
const BY_INDUSTRY: Readonly<Record<string, readonly string[]>> = {
  technology: ['Software Engineer', 'Data Analyst', 'Product Manager', 'DevOps Engineer', 'QA Engineer', 'UX Designer', 'IT Support Specialist', 'Frontend Developer'],
  hospitality: ['Hotel Receptionist', 'Chef de Partie', 'Housekeeping Supervisor', 'Restaurant Manager', 'Front Office Manager', 'Bartender', 'Concierge', 'Events Coordinator'],
  healthcare: ['Registered Nurse', 'Physiotherapist', 'Medical Receptionist', 'Pharmacist', 'Healthcare Assistant', 'Radiographer', 'Occupational Therapist'],
  education: ['Primary School Teacher', 'Teaching Assistant', 'Mathematics Teacher', 'School Administrator', 'Student Counsellor', 'Lecturer in Biology'],
  finance: ['Accountant', 'Financial Analyst', 'Credit Risk Analyst', 'Compliance Officer', 'Payroll Specialist', 'Audit Associate', 'Relationship Manager'],
  manufacturing: ['Production Operator', 'Maintenance Technician', 'Quality Inspector', 'Process Engineer', 'Warehouse Supervisor', 'CNC Machinist', 'Production Planner'],
  retail: ['Sales Associate', 'Store Manager', 'Visual Merchandiser', 'Stock Controller', 'Cashier', 'Customer Service Advisor', 'Assistant Store Manager'],
  media: ['Video Editor', 'Content Producer', 'Copywriter', 'Social Media Manager', 'Journalist', 'Graphic Designer'],
  public_sector: ['Policy Officer', 'Caseworker', 'Planning Officer', 'Administrative Officer', 'Procurement Officer', 'Social Worker'],
  logistics: ['Delivery Driver', 'Warehouse Operative', 'Logistics Coordinator', 'Forklift Operator', 'Fleet Manager'],
  construction: ['Site Manager', 'Quantity Surveyor', 'Electrician', 'Civil Engineer', 'Health and Safety Officer'],
};
/** Titles of no one industry, for a posting whose employer's trade is unknown. */
const ANY = ['Project Manager', 'Customer Service Advisor', 'Software Engineer', 'Sales Manager', 'Marketing Coordinator', 'HR Generalist', 'Office Administrator', 'Data Analyst', 'Operations Manager', 'Accountant', 'Registered Nurse', 'Warehouse Supervisor'];
const INDUSTRY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(tech|technology|software|it|internet|saas)\b/, 'technology'], [/\b(hospitality|hotels?|restaurants?|catering|tourism|travel)\b/, 'hospitality'],
  [/\b(health ?care|health|medical|hospitals?|clinics?|pharma\w*)\b/, 'healthcare'], [/\b(education|schools?|universit(y|ies)|teaching)\b/, 'education'],
  [/\b(finance|financial|banking|banks?|insurance|accounting)\b/, 'finance'], [/\b(manufacturing|industrial|factory|automotive)\b/, 'manufacturing'],
  [/\b(retail|shops?|stores?|e-?commerce|fashion)\b/, 'retail'], [/\b(media|publishing|entertainment|advertising|marketing)\b/, 'media'],
  [/\b(public[ _]sector|government|public administration)\b/, 'public_sector'], [/\b(logistics|transport|shipping|delivery)\b/, 'logistics'], [/\b(construction|building)\b/, 'construction'],
];

/** The industry a free text names ("Hospitality", "public_sector"), if one of the table's. */
export function industryOf(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const lower = text.toLowerCase().replace(/_/g, ' ');
  return INDUSTRY_WORDS.find(([re]) => re.test(lower))?.[1];
}

/** A real job title (of the industry, when given), drawn with the bound Faker. */
export function jobTitle26(industry?: string): string {
  return faker.helpers.arrayElement([...(industry !== undefined ? BY_INDUSTRY[industry] ?? ANY : ANY)]);
}

type Json = Record<string, unknown>;
const TITLE_KEY = /^(title|job_?title|position|position_?title|role)$/i;
const COMPANY_ID = /^(company_?id|employer_?id|organi[sz]ation_?id)$/i;

function hashOf(text: string): number {
  let h = 11;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

/** The industry of each company an earlier result showed, by its id. */
function industriesById(records: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 5) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Json;
    const industry = industryOf(obj['industry']);
    const id = obj['companyId'] ?? obj['company_id'] ?? obj['id'];
    if (industry !== undefined && (typeof id === 'string' || typeof id === 'number')) out.set(String(id), industry);
    for (const v of Object.values(obj)) visit(v, depth + 1);
  };
  records.forEach((r) => visit(r, 0));
  return out;
}

/**
 * The postings of a result whose company's industry is known (from the posting, its company object or an earlier
 * result) are titled from that industry, unless the title is already one of its own, was sent, or is read later.
 */
export function jobsFitIndustry26(result: unknown, earlier: readonly unknown[], kept: (v: unknown) => boolean, sent: readonly string[]): void {
  let known: Map<string, string> | undefined;
  const used = new Set<string>();
  // A title holding what the user searched for ("Senior Physiotherapist" for "physiotherapist") is the search's own.
  const searched = sent.filter((s) => s.length >= 3).map((s) => s.toLowerCase());
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 5) return;
    if (Array.isArray(node)) return node.forEach((x) => visit(x, depth + 1));
    const obj = node as Json;
    const titleKey = Object.keys(obj).find((k) => TITLE_KEY.test(k) && typeof obj[k] === 'string');
    const idKey = Object.keys(obj).find((k) => COMPANY_ID.test(k));
    const company = obj['company'] && typeof obj['company'] === 'object' ? (obj['company'] as Json) : undefined;
    if (titleKey !== undefined && (idKey !== undefined || company !== undefined || 'salary' in obj || 'employmentType' in obj)) {
      let industry = industryOf(obj['industry']) ?? industryOf(company?.['industry']);
      if (industry === undefined && idKey !== undefined) industry = (known ??= industriesById([...earlier, result])).get(String(obj[idKey]));
      const titles = industry !== undefined ? BY_INDUSTRY[industry] : undefined;
      const title = obj[titleKey] as string;
      const lower = title.toLowerCase();
      if (titles !== undefined && !kept(title) && !searched.some((s) => lower.includes(s)) && !titles.some((t) => lower.includes(t.toLowerCase()))) {
        let i = hashOf(title) % titles.length;
        for (let tries = 0; tries < titles.length && used.has(titles[i]!); tries++) i = (i + 1) % titles.length;
        obj[titleKey] = titles[i]!;
      }
      if (typeof obj[titleKey] === 'string') used.add(obj[titleKey] as string);
    }
    for (const v of Object.values(obj)) if (v && typeof v === 'object') visit(v, depth + 1);
  };
  visit(result, 0);
}
