import { searchValue, kindIn } from './src/plan/_names.ts';
import { withRng } from './src/plan/_faker.ts';
import { dialogueRng } from './src/random/index.ts';
for (const c of ['search for brand car product etc by term or phrase search search any term or phrase that you are familiar with',
 'make a full grid search and get the ranking of a specific business in every coordinate point in the grid full grid search search query keyword',
 'search in steam shop search search',
 'search for categories in which the term or phrase belong to categories search categories search any term or phrase that you are familiar with']) {
  console.log(kindIn(c)?.noun, '|', withRng(dialogueRng(1, 1, 'x'), () => searchValue(c)));
}
