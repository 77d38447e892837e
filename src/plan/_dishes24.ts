/**
 * Real dishes by course, with the dietary labels each one fits (QUALITY.md E, wave 24): a menu reads like a
 * restaurant's ("Grilled Salmon", "Lemon Tart"), never like faker's ingredient pairs ("Lettuce And Pecan Nut
 * Stew"), and a dish tagged vegan has no mozzarella in it. Flags: V vegan, v vegetarian, h halal, g gluten-free.
 */

export type Course = 'Starters' | 'Soups' | 'Salads' | 'Mains' | 'Desserts' | 'Sides' | 'Drinks';

const BANK: Readonly<Record<Course, readonly (readonly [string, string])[]>> = {
  Starters: [['Bruschetta', 'Vvh'], ['Hummus with Crudités', 'Vvhg'], ['Edamame', 'Vvhg'], ['Vegetable Spring Rolls', 'Vvh'], ['Falafel', 'Vvhg'], ['Garlic Prawns', 'hg'], ['Chicken Satay', 'hg'], ['Fried Calamari', 'h'], ['Stuffed Mushrooms', 'vhg'], ['Burrata with Tomatoes', 'vhg'], ['Baba Ganoush', 'Vvhg'], ['Vegetable Dumplings', 'Vvh']],
  Soups: [['Tomato Soup', 'Vvhg'], ['Minestrone', 'Vvh'], ['Lentil Soup', 'Vvhg'], ['Miso Soup', 'Vvhg'], ['Gazpacho', 'Vvhg'], ['Pumpkin Soup', 'Vvhg'], ['Chicken Noodle Soup', 'h'], ['Carrot Ginger Soup', 'Vvhg']],
  Salads: [['Greek Salad', 'vhg'], ['Caesar Salad', 'h'], ['Quinoa Salad', 'Vvhg'], ['Caprese Salad', 'vhg'], ['Niçoise Salad', 'hg'], ['Beetroot Salad', 'Vvhg'], ['Fattoush', 'Vvh']],
  Mains: [['Grilled Salmon', 'hg'], ['Roast Chicken', 'hg'], ['Beef Burger', 'h'], ['Margherita Pizza', 'vh'], ['Mushroom Risotto', 'vhg'], ['Lamb Tagine', 'hg'], ['Chickpea Curry', 'Vvhg'], ['Vegetable Paella', 'Vvhg'], ['Fish and Chips', 'h'], ['Chicken Pad Thai', 'hg'], ['Tofu Stir Fry', 'Vvh'], ['Ribeye Steak', 'hg'], ['Pork Belly', 'g'], ['Vegetable Lasagne', 'vh'], ['Ratatouille', 'Vvhg'], ['Stuffed Peppers', 'Vvhg'], ['Mushroom Stroganoff', 'vh'], ['Dal Tadka', 'Vvhg'], ['Spaghetti Bolognese', 'h'], ['Chicken Tikka Masala', 'hg'], ['Black Bean Chili', 'Vvhg'], ['Pasta Primavera', 'Vvh']],
  Desserts: [['Chocolate Mousse', 'vhg'], ['Lemon Tart', 'vh'], ['Apple Crumble', 'vh'], ['Crème Brûlée', 'vhg'], ['Tiramisu', 'v'], ['Mango Sorbet', 'Vvhg'], ['Cheesecake', 'vh'], ['Coconut Rice Pudding', 'Vvhg'], ['Poached Pears', 'Vvhg'], ['Sticky Toffee Pudding', 'vh'], ['Banana Bread', 'vh']],
  Sides: [['Sweet Potato Fries', 'Vvhg'], ['Garlic Bread', 'vh'], ['Steamed Rice', 'Vvhg'], ['Green Beans', 'Vvhg'], ['Roast Potatoes', 'Vvhg'], ['Side Salad', 'Vvhg']],
  Drinks: [['Lemonade', 'Vvhg'], ['Iced Tea', 'Vvhg'], ['Mint Tea', 'Vvhg'], ['Orange Juice', 'Vvhg'], ['Sparkling Water', 'Vvhg'], ['Ginger Beer', 'Vvhg']],
};

/** What a course costs in US dollars, one portion: a main costs more than a starter or a dessert. */
export const COURSE_DOLLARS: Readonly<Record<Course, readonly [number, number]>> = {
  Starters: [6, 12],
  Soups: [5, 10],
  Salads: [7, 13],
  Mains: [14, 26],
  Desserts: [5, 11],
  Sides: [3, 7],
  Drinks: [2, 6],
};

const FLAG: Readonly<Record<string, string>> = { vegan: 'V', vegetarian: 'v', halal: 'h', gluten_free: 'g', glutenfree: 'g' };
/** The flag of a dietary label as specs write it ("gluten-free", "GLUTEN_FREE", "Vegan"); undefined for labels we do not know. */
export const flagOf = (label: string): string | undefined => FLAG[label.toLowerCase().replace(/[\s-]/g, '_').replace(/^gluten_?free$/, 'gluten_free')];

const BY_NAME = new Map<string, { course: Course; flags: string }>();
for (const [course, dishes] of Object.entries(BANK) as [Course, readonly (readonly [string, string])[]][]) for (const [name, flags] of dishes) BY_NAME.set(name, { course, flags });

/** A dish of the bank, with its course and flags; undefined for a name we do not know. */
export const knownDish = (name: string): { course: Course; flags: string } | undefined => BY_NAME.get(name);
/** Every dish of the bank, for a recipe or a dish named alone. */
export const ALL_DISHES: readonly string[] = [...BY_NAME.keys()].filter((n) => BY_NAME.get(n)!.course !== 'Drinks');

/** Dishes of `course` that fit every flag of `flags`, not in `used`; all courses' when none of `course` does. */
export function dishesFitting(course: Course, flags: string, used: ReadonlySet<string>): string[] {
  const fits = ([name, f]: readonly [string, string]): boolean => !used.has(name) && [...flags].every((x) => f.includes(x));
  const own = BANK[course].filter(fits).map(([n]) => n);
  if (own.length > 0) return own;
  return (['Mains', 'Starters', 'Salads', 'Soups', 'Desserts', 'Sides'] as Course[]).flatMap((c) => BANK[c].filter(fits).map(([n]) => n));
}
