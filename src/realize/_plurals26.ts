/**
 * Irregular plurals of the last word of a noun ("vertex" → "vertices", "analysis" → "analyses"): "20 vertexes" is no
 * English word and a model fine-tuned on it copies it (QUALITY.md J).
 */
const IRREGULAR: Record<string, string> = {
  vertex: 'vertices', index: 'indices', matrix: 'matrices', appendix: 'appendices', apex: 'apices', cortex: 'cortices',
  analysis: 'analyses', axis: 'axes', basis: 'bases', crisis: 'crises', diagnosis: 'diagnoses', hypothesis: 'hypotheses',
  thesis: 'theses', synopsis: 'synopses', parenthesis: 'parentheses', ellipsis: 'ellipses', emphasis: 'emphases',
  nucleus: 'nuclei', radius: 'radii', stimulus: 'stimuli', cactus: 'cacti', fungus: 'fungi', alumnus: 'alumni',
  person: 'people', child: 'children', man: 'men', woman: 'women', tooth: 'teeth', foot: 'feet', mouse: 'mice',
  goose: 'geese', leaf: 'leaves', half: 'halves', shelf: 'shelves', knife: 'knives', wife: 'wives', life: 'lives', wolf: 'wolves',
};

/** The noun with its last word made plural when that word is irregular; undefined otherwise. */
export function irregularPlural26(noun: string): string | undefined {
  const m = /^(.*?)([A-Za-z]+)$/.exec(noun);
  if (!m) return undefined;
  const word = m[2] as string;
  const out = IRREGULAR[word.toLowerCase()];
  if (!out) return undefined;
  return `${m[1]}${word.charAt(0) === word.charAt(0).toUpperCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out}`;
}

/** Singulars of the same words ("vertices" → "vertex"), for a noun said of one item. */
export const IRREGULAR_SINGULAR26: Record<string, string> = Object.fromEntries(Object.entries(IRREGULAR).filter(([one, many]) => one !== many).map(([one, many]) => [many, one]));
