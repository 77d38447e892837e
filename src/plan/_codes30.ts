/**
 * Words for descriptive string fields that no vocabulary knew and that used to fall through to an invented
 * reference code ("registries_activity": "ACT-39370", "practice": "PRC-94387", "groupname": "GRP-36417"). An
 * activity, a practice, a purpose, a kind of data, a group's name, an error, a pool, a file, a continent is
 * words a reader understands; a code tells the user nothing. Only fields whose name says what they hold are
 * answered here; the rest keep the fallback's choice.
 */
import type { Rng } from '../random/index.ts';

/** A data-safety record (an app's shared or collected data): its kinds of data, purposes and practices. */
const DATA_SAFETY = /data safety|datasafety|(shared|collected)_data|security_practices|privacy/;
const SAFETY_DATA = ['Email address', 'Name', 'Approximate location', 'App interactions', 'Crash logs', 'Purchase history', 'Device or other IDs', 'Phone number'];
const SAFETY_PURPOSES = ['App functionality', 'Analytics', 'Advertising or marketing', 'Fraud prevention, security, and compliance', 'Account management', 'Personalization'];
const SAFETY_PRACTICES = ['Data is encrypted in transit', 'You can request that data be deleted', 'Data is not shared with third parties', 'Independent security review'];
/** Licensed trades (a register of well drillers and pump installers) and, elsewhere, kinds of work. */
const WELL_ACTIVITIES = ['Well drilling', 'Pump installation'];
const SPORT_ACTIVITIES = ['Running', 'Cycling', 'Swimming', 'Walking', 'Hiking'];
const WORK_ACTIVITIES = ['Installation', 'Maintenance', 'Inspection', 'Consulting', 'Training'];
const GROUP_NAMES = ['developers', 'administrators', 'site-admins', 'support-team', 'qa-engineers', 'project-managers'];
const ERRORS = ['Connection timed out', 'The endpoint returned HTTP 500', 'SSL certificate verification failed', 'Connection refused by the server', 'The endpoint returned HTTP 404'];
const POOLS = ['Main Pool', 'Transactional', 'Marketing', 'Default Pool'];
const TEMPLATES = ['welcome-email', 'order-confirmation', 'password-reset', 'monthly-newsletter', 'invoice-reminder'];
const CONTINENTS = ['Europe', 'Asia', 'Africa', 'North America', 'South America', 'Oceania'];
const RESOLUTIONS = ['1920x1080', '1280x720', '640x360', '3840x2160'];
const FILES = ['report.pdf', 'notes.txt', 'data.csv', 'photo.jpg', 'summary.docx'];
const MODEL_FILES = ['core.fga', 'main.fga', 'permissions.fga', 'documents.fga'];

/**
 * Words for a field whose name says what it holds (`n` is its snake-case name, `parent` its parent's, `context`
 * the operation's words), or undefined for the caller's own rules.
 */
export function describedWords30(n: string, parent: string, context: string, rng: Rng): string | undefined {
  const last = n.split('_').filter((w) => w !== '').pop() ?? '';
  // Cheap bail-out: only a few last words are answered here.
  if (!WORDS_LAST.test(last) && !/groupname|playlist/.test(last)) return undefined;
  const about = `${context} ${parent} ${n}`.toLowerCase();
  if (DATA_SAFETY.test(about)) {
    if (last === 'data' || last === 'datum') return rng.pick(SAFETY_DATA);
    if (last === 'purpose' || last === 'purposes') return rng.pick(SAFETY_PURPOSES);
    if (last === 'practice' || last === 'practices') return rng.pick(SAFETY_PRACTICES);
  }
  if (/^activit(y|ies)$/.test(last)) {
    if (/well|drill|pump|bore/.test(about)) return rng.pick(WELL_ACTIVITIES);
    return rng.pick(/sport|fitness|workout|exercise|strava|athlete/.test(about) ? SPORT_ACTIVITIES : WORK_ACTIVITIES);
  }
  if (last === 'groupname' || (last === 'name' && /(^|_)group_name$/.test(n))) return rng.pick(GROUP_NAMES);
  if (/^errors?$/.test(last) && /(^|_)(last|latest|recent)_errors?$|(^|_)errors?$/.test(n)) return rng.pick(ERRORS);
  if (last === 'pool') return rng.pick(POOLS);
  if (last === 'template' || last === 'templates') return rng.pick(TEMPLATES);
  if (/^continents?$/.test(last)) return rng.pick(CONTINENTS);
  if (/^resolutions?$/.test(last)) return rng.pick(RESOLUTIONS);
  // Votes kept as text are still a count ("alt_votes": "48210").
  if (/^votes?$/.test(last)) return String(rng.int(120, 250000));
  if (last === 'file' || last === 'filename') return rng.pick(/authori[sz]ation model|\bfga\b|type_definitions|source_info/.test(about) ? MODEL_FILES : FILES);
  if (last === 'cname') return `${rng.pick(['www', 'shop', 'cdn', 'mail'])}.${rng.pick(['example.com', 'example.org', 'example.net'])}`;
  if (/m3u_?playlist$|(^|_)m3u8?$/.test(n)) return `https://stream.${rng.pick(['example.com', 'example.org'])}/live/${rng.int(100, 9999)}/playlist.m3u8`;
  return undefined;
}

const WORDS_LAST = /^(data|datum|purposes?|practices?|activit(y|ies)|groupname|name|errors?|pool|templates?|continents?|resolutions?|votes?|file|filename|cname|m3u8?)$/;
