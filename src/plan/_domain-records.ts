/**
 * Records whose values must fit one another by what the record is (QUALITY.md E): a quiz question's options
 * answer it and one of them is correct; a drink's recipe makes that drink (no hot chocolate of coconut water,
 * served cold); a ride option's description and seats fit its name (an XL seats six, Shared is no premium ride).
 */
import { faker } from './_faker.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

/** Keys as snake-case words, remembered: every record is tested against each domain's keys. */
const words = snakeKey;
const keyOf = (record: Record<string, unknown>, re: RegExp, type: string): string | undefined => Object.keys(record).find((k) => re.test(words(k)) && typeof record[k] === type);

/** Questions of the quiz banks with their answer first, then wrong answers of the same kind, and their category. */
const QUIZ: Readonly<Record<string, { answers: readonly string[]; category: string }>> = {
  'Which planet is known as the Red Planet?': { answers: ['Mars', 'Venus', 'Jupiter', 'Saturn'], category: 'Science' },
  'In which year did the Berlin Wall fall?': { answers: ['1989', '1991', '1987', '1975'], category: 'History' },
  'What is the capital of Canada?': { answers: ['Ottawa', 'Toronto', 'Montreal', 'Vancouver'], category: 'Geography' },
  'Who painted the Mona Lisa?': { answers: ['Leonardo da Vinci', 'Michelangelo', 'Raphael', 'Rembrandt'], category: 'Art' },
  'What is the chemical symbol for gold?': { answers: ['Au', 'Ag', 'Gd', 'Go'], category: 'Science' },
  'How many sides does a hexagon have?': { answers: ['Six', 'Five', 'Eight', 'Seven'], category: 'Mathematics' },
};
const QUESTION_KEY = /^(question|question_text|text|title)$/;
const OPTION_TEXT = /^(option|text|answer|choice|value|label|option_text|answer_text)$/;
const IS_CORRECT = /^(is_correct|correct|is_right|is_answer|right)$/;

/** A quiz question's options: its answer and wrong answers of the same kind, exactly one marked correct. */
export function agreeQuiz(record: Record<string, unknown>, fixed: readonly string[]): void {
  const questionKey = keyOf(record, QUESTION_KEY, 'string');
  const quiz = questionKey === undefined ? undefined : QUIZ[record[questionKey] as string];
  if (!quiz) return;
  const categoryKey = Object.keys(record).find((k) => /^(category|category_name|topic)$/.test(words(k)) && !fixed.includes(k));
  if (categoryKey !== undefined) {
    const category = record[categoryKey];
    if (typeof category === 'string') record[categoryKey] = quiz.category;
    else if (category && typeof category === 'object' && !Array.isArray(category) && typeof (category as Record<string, unknown>).name === 'string') (category as Record<string, unknown>).name = quiz.category;
  }
  const correctKey = keyOf(record, /^(correct_answer|answer|right_answer)$/, 'string');
  if (correctKey !== undefined && !fixed.includes(correctKey)) record[correctKey] = quiz.answers[0]!;
  const wrongKey = Object.keys(record).find((k) => /^(incorrect_answers|wrong_answers|distractors)$/.test(words(k)) && Array.isArray(record[k]) && !fixed.includes(k));
  if (wrongKey !== undefined) record[wrongKey] = quiz.answers.slice(1, 1 + Math.max(1, Math.min(3, (record[wrongKey] as unknown[]).length)));
  const optionsKey = Object.keys(record).find((k) => /^(options|answers|choices)$/.test(words(k)) && Array.isArray(record[k]) && !fixed.includes(k));
  if (optionsKey === undefined) return;
  const options = record[optionsKey] as unknown[];
  const at = faker.number.int({ min: 0, max: Math.max(0, Math.min(options.length, 4) - 1) });
  const order = quiz.answers.slice(1);
  options.forEach((option, i) => {
    const answer = i === at ? quiz.answers[0]! : order[(i < at ? i : i - 1) % order.length]!;
    if (typeof option === 'string') options[i] = answer;
    else if (option && typeof option === 'object' && !Array.isArray(option)) {
      const o = option as Record<string, unknown>;
      const textKey = keyOf(o, OPTION_TEXT, 'string');
      if (textKey !== undefined) o[textKey] = answer;
      const flag = keyOf(o, IS_CORRECT, 'boolean');
      if (flag !== undefined) o[flag] = i === at;
    }
  });
}

/** Drinks by their name's words: what goes in and how it is served. */
const DRINKS: ReadonlyArray<[RegExp, readonly string[], string]> = [
  [/hot chocolate|cocoa/i, ['250 ml of milk', '2 tablespoons of cocoa powder', '1 tablespoon of sugar'], 'Heat the milk, whisk in the cocoa and sugar and serve hot.'],
  [/\b(latte|cappuccino|espresso|coffee)\b/i, ['1 shot of espresso', '150 ml of steamed milk'], 'Pull the espresso, pour in the steamed milk and serve hot.'],
  [/\biced tea\b/i, ['2 tea bags', '500 ml of water', '1 lemon', '1 cup of ice'], 'Brew the tea, let it cool, add lemon and serve over ice.'],
  [/\btea\b/i, ['1 tea bag', '250 ml of boiling water', 'a few mint leaves'], 'Steep for three minutes and serve hot.'],
  [/lemonade/i, ['3 lemons', '2 tablespoons of sugar', '500 ml of water', '1 cup of ice'], 'Squeeze the lemons, stir in the sugar and water and serve over ice.'],
  [/ginger beer/i, ['50 g of fresh ginger', '1 lime', '2 tablespoons of sugar', '500 ml of soda water'], 'Grate the ginger, mix with lime and sugar, top with soda and serve cold.'],
  [/smoothie/i, ['2 ripe mangoes', '1 cup of milk', '1 tablespoon of honey', '1 cup of ice'], 'Blend everything until smooth and serve cold.'],
  [/juice/i, ['4 oranges'], 'Squeeze the oranges and serve chilled.'],
  [/sobolo|hibiscus/i, ['1 cup of dried hibiscus leaves', '1 litre of water', '1 teaspoon of ginger', '2 tablespoons of sugar'], 'Boil the leaves with the ginger, strain, sweeten and serve cold.'],
];

/** A drink's ingredients and method make that drink (a list of plain lines only; structured ones stay). */
export function agreeDrink(record: Record<string, unknown>, fixed: readonly string[]): void {
  const nameKey = keyOf(record, /^(name|title|drink_name|str_drink)$/, 'string');
  const ingredientsKey = Object.keys(record).find((k) => /^(ingredients?|ingredient_list)$/.test(words(k)) && !fixed.includes(k));
  if (nameKey === undefined || ingredientsKey === undefined) return;
  const drink = DRINKS.find(([re]) => re.test(record[nameKey] as string));
  if (!drink) return;
  const ingredients = record[ingredientsKey];
  if (Array.isArray(ingredients) && ingredients.every((x) => typeof x === 'string')) record[ingredientsKey] = [...drink[1]];
  else if (typeof ingredients === 'string') record[ingredientsKey] = drink[1].join(', ');
  else return;
  const methodKey = Object.keys(record).find((k) => /^(instructions|method|directions|preparation|str_instructions)$/.test(words(k)) && typeof record[k] === 'string' && !fixed.includes(k));
  if (methodKey !== undefined) record[methodKey] = drink[2];
}

/** Ride options by name: what they are and how many they seat. */
const RIDES: ReadonlyArray<[RegExp, string, number]> = [
  [/^(uber ?)?(shared|pool|share)$/i, 'Share the ride with others going your way and split the cost.', 2],
  [/^(uber ?)?(xl|suv|black suv|van)$/i, 'Affordable rides for groups of up to 6 people.', 6],
  [/^(uber ?)?(black|lux|premium|select)$/i, 'Premium rides with top-rated drivers.', 4],
  [/^(uber ?)?(comfort)$/i, 'Newer cars with extra legroom.', 4],
  [/^(uber ?)?(green|electric)$/i, 'Rides in electric and hybrid cars.', 4],
  [/^(uber ?)?(x|go|standard|economy)$/i, 'Affordable rides for up to 4 people.', 4],
];

/** A ride option (a product with seats) is described and seated as its name says. */
export function agreeRide(record: Record<string, unknown>, fixed: readonly string[]): void {
  const nameKey = keyOf(record, /^(display_name|name|product_name|title)$/, 'string');
  const capacityKey = keyOf(record, /^(capacity|seats|max_passengers|passenger_capacity)$/, 'number');
  if (nameKey === undefined || capacityKey === undefined) return;
  const ride = RIDES.find(([re]) => re.test((record[nameKey] as string).trim()));
  if (!ride) return;
  if (!fixed.includes(capacityKey)) record[capacityKey] = ride[2];
  const descriptionKey = keyOf(record, /^(description|short_description|summary)$/, 'string');
  if (descriptionKey !== undefined && !fixed.includes(descriptionKey)) record[descriptionKey] = ride[1];
}
