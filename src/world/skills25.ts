/**
 * Skills are no job titles (QUALITY.md E): a search for "React" finds a "React Developer" and a "Senior React
 * Developer", never a job called "React" or "Lead React".
 */

/** Technologies and fields that name a skill, with the role a job in them is called by. */
const SKILL_ROLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(aws|azure|gcp|google cloud|cloud|devops|kubernetes|k8s|docker|terraform|linux|data|big data|machine learning|ml|ai|deep learning|security|cybersecurity|qa|network(ing)?|site reliability|sre|backend|back[- ]end|embedded|hadoop|spark|kafka|snowflake|databricks)$/i, 'Engineer'],
  [/^(excel|tableau|power ?bi|sql|business intelligence|bi|analytics)$/i, 'Analyst'],
  [/^(figma|ux|ui|ui\/ux|graphic|photoshop|sketch)$/i, 'Designer'],
  [/^(react|react native|angular|vue|vue\.?js|node|node\.?js|javascript|js|typescript|ts|python|java|golang|go|rust|ruby|ruby on rails|rails|php|laravel|django|flask|kotlin|swift|c#|c\+\+|\.net|dotnet|scala|elixir|html|css|frontend|front[- ]end|full ?stack|full-stack|android|ios|flutter|spring|spring boot|unity|salesforce|sap|wordpress|shopify|web|mobile|perl|haskell|clojure|dart|next\.?js|svelte|graphql|solidity|blockchain)$/i, 'Developer'],
];

/** The role a bare skill is a job in ("React" → "Developer"), or undefined when the words are no bare skill. */
export function roleOfSkill25(words: string): string | undefined {
  const w = words.trim();
  for (const [skill, role] of SKILL_ROLE) if (skill.test(w)) return role;
  return undefined;
}

/** Levels a job title may start with. */
export const JOB_LEVEL25 = /^(senior|sr\.?|lead|junior|jr\.?|principal|staff|head of|chief)\s+/i;

/** A job title that is a skill alone, with or without a level ("React", "Lead React"). */
export function isBareSkillTitle25(title: string): boolean {
  return roleOfSkill25(title.replace(JOB_LEVEL25, '')) !== undefined;
}
