import { mockValue } from './src/plan/_mock.ts';
import { Rng } from './src/random/index.ts';
const schema = { type: 'string', pattern: '[a-zA-Z]{3}', minLength: 3, maxLength: 3, description: 'Destination city code or airport code. In case of city  code , the search will be done around the city center. Available codes can be found in [IATA table codes](http://www.iata.org/publications/Pages/code-search.aspx) (3 chars IATA Code).' };
for (let i = 0; i < 5; i++) console.log(mockValue(schema as any, { name: 'cityCode', description: schema.description, context: 'search hotels in a city get shopping hotels by city reference data locations hotels by city' }, new Rng(i as any)));
