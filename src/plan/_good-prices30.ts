/**
 * What a shop's good costs, good by good (QUALITY.md E): the goods `_names.ts` names are priced in their own range
 * in US dollars, so an "External SSD 1TB" is no 446-dollar buy (66933 JPY) where a kind as wide as "appliance"
 * (60–900) would let it be, nor "Vitamin D Tablets" a 5-dollar-cent one. `_money.ts` then puts the amount in the
 * record's currency (yen are about 150 to the dollar). Most specific names first ("Laptop Stand" before "laptop").
 */
export interface GoodPrice {
  kind: string;
  lo: number;
  hi: number;
}

const GOODS: readonly (readonly [RegExp, number, number])[] = [
  [/\blaptop stand\b/i, 20, 60], [/\bssd\b/i, 60, 130], [/\bmonitor\b/i, 150, 400], [/\bmechanical keyboard\b/i, 50, 150],
  [/\bwireless mouse\b/i, 15, 60], [/\blaptop\b/i, 500, 1800], [/\bearbuds\b/i, 30, 200], [/\bbluetooth speaker\b/i, 25, 150],
  [/\bcharger\b/i, 20, 60], [/\bsmart watch\b/i, 100, 400], [/\bheadphones\b/i, 90, 380], [/\bbuilding blocks\b/i, 15, 80],
  [/\bremote control car\b/i, 25, 90], [/\bjigsaw\b/i, 10, 25], [/\bteddy\b/i, 10, 35], [/\bboard game\b/i, 15, 50],
  [/\btrain set\b/i, 25, 90], [/\bpicture book\b/i, 15, 40], [/\bcrayon\b/i, 5, 20], [/\bsleeping bag\b/i, 25, 90],
  [/\bbodysuit\b/i, 8, 20], [/\bteething ring\b/i, 5, 15], [/\brain cover\b/i, 15, 35], [/\bhardcover notebook\b/i, 8, 25],
  [/\bcookbook\b/i, 15, 40], [/\btravel guide\b/i, 12, 30], [/\bbox set\b/i, 25, 60], [/\bgarden hose\b/i, 20, 60],
  [/\bpruning shears\b/i, 12, 40], [/\bplanter\b/i, 40, 150], [/\bpath lights\b/i, 20, 60], [/\btable lamp\b/i, 30, 120],
  [/\bcushion\b/i, 12, 35], [/\btowel\b/i, 20, 60], [/\bside table\b/i, 80, 300], [/\byoga mat\b/i, 15, 60],
  [/\brunning shoes\b/i, 60, 160], [/\bdumbbells\b/i, 80, 400], [/\bfootball\b/i, 15, 40], [/\bcycling helmet\b/i, 40, 150],
  [/\btent\b/i, 60, 250], [/\bhiking backpack\b/i, 50, 150], [/\bwater bottle\b/i, 15, 45], [/\bcamping stove\b/i, 30, 120],
  [/\bt-shirt\b/i, 10, 30], [/\bjeans\b/i, 40, 120], [/\bjumper\b/i, 40, 120], [/\brain jacket\b/i, 30, 200],
  [/\bankle boots\b/i, 80, 200], [/\bsneakers\b/i, 40, 90], [/\bloafers\b/i, 70, 180], [/\bface cream\b/i, 12, 60],
  [/\bserum\b/i, 15, 60], [/\bhair oil\b/i, 10, 40], [/\bsunscreen\b/i, 10, 35], [/\bthermometer\b/i, 10, 30],
  [/\bvitamin\b.*\btablets\b/i, 6, 20], [/\bfirst aid kit\b/i, 15, 40], [/\belectric toothbrush\b/i, 30, 150],
  [/\brolled oats\b/i, 3, 8], [/\bolive oil\b/i, 8, 25], [/\bground coffee\b/i, 6, 18], [/\bchocolate bar\b/i, 2, 6],
  [/\bphone holder\b/i, 10, 30], [/\btyre inflator\b/i, 30, 80], [/\bdash cam\b/i, 40, 150], [/\bcleaning cloths\b/i, 8, 20],
  [/\bhoop earrings\b/i, 20, 120], [/\bchain necklace\b/i, 50, 400], [/\bstrap watch\b/i, 50, 250], [/\bcordless drill\b/i, 50, 200],
  [/\bscrewdriver set\b/i, 15, 50], [/\btape measure\b/i, 8, 20], [/\bspirit level\b/i, 10, 35],
];

/** The range of a good a shop names, by its name; undefined for a name not among them. */
export function goodPrice30(name: string): GoodPrice | undefined {
  if (name === '' || name.length > 60) return undefined;
  const hit = GOODS.find(([re]) => re.test(name));
  return hit ? { kind: 'good', lo: hit[1], hi: hit[2] } : undefined;
}
