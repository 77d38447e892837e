/** Names of kinds whose things were named by the wrong kind (QUALITY.md E): tasks, tags, stages; and where projects are never named. */
import { faker } from './_faker.ts';
/** Words of ticketed events: a name there is an event's or a performer's, never a project's. */
export const NOT_EVENTS = /^(?![\s\S]*\b(events?|concerts?|festivals?|tickets?|venues?|performers?|gigs?|shows|matches|fixtures?)\b)/;
/**
 * A task that is a background job (an async SERP or scrape request, a job queue, a task's result) is no piece of
 * work with a title: its results are what the job fetched, never "Write test plan".
 */
export const NOT_JOBS = /^(?![\s\S]*\b(async|asynchronous|serps?|task ?results?|job ?queues?|callbacks?|scrap(e|er|es|ing)|crawl(s|er|ing)?|webhooks?)\b)/;
export const TASKS = ['Client onboarding call', 'Design review', 'Write test plan', 'Update documentation', 'Prepare invoice', 'Data cleanup', 'Site survey', 'Quarterly report', 'Content audit', 'Staff training'];
export const TAG_WORDS = ['featured', 'new', 'priority', 'verified', 'seasonal', 'sale', 'popular', 'archived'];
export const PET_TAGS = ['friendly', 'vaccinated', 'house-trained', 'indoor', 'playful', 'senior', 'neutered', 'good with kids'];
/** Grand Prix names of real stages: a category's stages are several races, never one country's three times. */
export const GRANDS_PRIX = ['Bahrain Grand Prix', 'Monaco Grand Prix', 'British Grand Prix', 'Italian Grand Prix', 'Japanese Grand Prix', 'Belgian Grand Prix', 'Spanish Grand Prix', 'Australian Grand Prix', 'Canadian Grand Prix', 'Austrian Grand Prix', 'Dutch Grand Prix', 'Brazilian Grand Prix'];
const NASCAR_RACES = ['Daytona 500', 'Coca-Cola 600', 'Brickyard 400', 'Southern 500', 'Talladega 500', 'Bristol Night Race', 'Watkins Glen 355', 'Championship Race at Phoenix'];
const RALLIES = ['Rallye Monte-Carlo', 'Rally Sweden', 'Rally Portugal', 'Rally Italia Sardegna', 'Acropolis Rally', 'Rally Finland', 'Rally Japan', 'Safari Rally Kenya'];
const INDYCAR_RACES = ['Indianapolis 500', 'Grand Prix of Long Beach', 'Detroit Grand Prix', 'Iowa Speedway 250', 'Portland Grand Prix', 'Road America Grand Prix'];
const SERIES_WORDS = /\b(nascar|rally|rallies|wrc|indycar|indy|formula|f1|grand prix|grands prix|motogp|superbikes?|cycling|tour de france|giro|vuelta)\b/;
/**
 * A stage of the series its operation names (NASCAR races for NASCAR, rallies for WRC, Grands Prix for F1 and
 * MotoGP, numbered stages for a cycling tour); a stage of a category the words do not name is a numbered round,
 * never an F1 race (a NASCAR category's stages were "Japanese Grand Prix", rapidapi #355).
 */
export function stageName(context = ''): string {
  const series = SERIES_WORDS.exec(context)?.[1];
  const n = faker.number.int({ min: 1, max: 24 });
  if (series === undefined) return `Round ${n}`;
  if (series === 'nascar') return faker.helpers.arrayElement(NASCAR_RACES);
  if (/^(rally|rallies|wrc)$/.test(series)) return faker.helpers.arrayElement(RALLIES);
  if (/^indy/.test(series)) return faker.helpers.arrayElement(INDYCAR_RACES);
  if (/^(cycling|tour de france|giro|vuelta)$/.test(series)) return `Stage ${n}`;
  return faker.helpers.arrayElement(GRANDS_PRIX);
}
