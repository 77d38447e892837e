/** Names of kinds whose things were named by the wrong kind (QUALITY.md E): tasks, tags, stages; and where projects are never named. */
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
