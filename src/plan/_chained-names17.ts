/**
 * A chained value is the id of the record the earlier call found (QUALITY.md E): a spec's example that names one
 * thing ("Ubisoft" for `company_id`) never stands in for another the user named ("Nogueira Group" found with id
 * "Ubisoft"). Such an example is left out of the draw. (An id made from the name the user gave would be a value the
 * user said before it was found: the checker's no_leak.)
 */
import type { PlanParam } from './_catalog-types.ts';

/** An example naming one thing: capitalised words run together, no digits ("Ubisoft", "RealMadrid"). */
const NAMED_EXAMPLE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){0,2}$/u;
/** A reverse-domain id naming one app or package ("com.dd.doordash", "org.telegram.messenger"). */
const REVERSE_DOMAIN = /^(?:com|org|net|io|co|de|uk|fr|me|app|tv)\.[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+$/;
/** A slug of two or three words naming one thing ("real-madrid", "taylor_swift"): letters only, no digits. */
const NAMED_SLUG = /^[a-z]{2,}(?:[-_][a-z]{2,}){1,2}$/;

/** The param's spec example or default names one thing, which a chained value must not be. */
export function namesOneThing(p: Pick<PlanParam, 'example' | 'default'>): boolean {
  const ex = p.example ?? p.default;
  return typeof ex === 'string' && (NAMED_EXAMPLE.test(ex) || REVERSE_DOMAIN.test(ex) || NAMED_SLUG.test(ex));
}
