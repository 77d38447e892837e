/**
 * A slug reads like the ones people choose (QUALITY.md E): a repository's or project's is a service's name
 * ("payments-service", "web-frontend", "docs"), a post's or page's a few words of its title; never two random
 * dictionary words ("furthermore-by").
 */
import type { Rng } from '../random/index.ts';

const CODE_CONTEXT = /repositor|\brepos?\b|\bprojects?\b|\bpackages?\b|\bservices?\b|\bpull ?requests?\b|\bcommits?\b|\bbranch|\bpipelines?\b|\bdeploy|\bbuilds?\b|\bworkspaces?\b/;
const REPO_SLUGS = ['payments-service', 'web-frontend', 'docs', 'api-gateway', 'mobile-app', 'auth-service', 'data-pipeline', 'website', 'infra', 'design-system', 'billing-api', 'cli-tools'];
const TITLE_SLUGS = ['getting-started', 'spring-launch', 'release-notes', 'summer-sale', 'team-update', 'annual-report', 'product-roadmap', 'weekly-digest', 'customer-stories', 'how-it-works'];

/** A slug fit for what the words around it (`about`, lower case) are about. */
export function slugOf(about: string, rng: Rng): string {
  return rng.pick(CODE_CONTEXT.test(about) ? REPO_SLUGS : TITLE_SLUGS);
}
