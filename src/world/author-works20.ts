/**
 * Real works of well-known authors, their best-known book first, with first publication years (QUALITY.md E): a
 * list of F. Scott Fitzgerald's works holds "Tender Is the Night", never an invented "The Blue Stars".
 */
export const AUTHOR_WORKS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  'Jane Austen': [['Pride and Prejudice', 1813], ['Sense and Sensibility', 1811], ['Emma', 1815], ['Persuasion', 1817], ['Mansfield Park', 1814]],
  'Mikhail Bulgakov': [['The Master and Margarita', 1967], ['The White Guard', 1925], ['Heart of a Dog', 1925]],
  'Emily Brontë': [['Wuthering Heights', 1847], ['Poems by Currer, Ellis, and Acton Bell', 1846]],
  'Louisa May Alcott': [['Little Women', 1868], ['Little Men', 1871], ["Jo's Boys", 1886], ['An Old-Fashioned Girl', 1870]],
  'Doris Lessing': [['The Golden Notebook', 1962], ['The Grass Is Singing', 1950], ['The Fifth Child', 1988], ['The Good Terrorist', 1985]],
  'Richard Wright': [['Native Son', 1940], ['Black Boy', 1945], ["Uncle Tom's Children", 1938], ['The Outsider', 1953]],
  'Daniel Defoe': [['Robinson Crusoe', 1719], ['Moll Flanders', 1722], ['A Journal of the Plague Year', 1722], ['Roxana', 1724]],
  'J. D. Salinger': [['The Catcher in the Rye', 1951], ['Nine Stories', 1953], ['Franny and Zooey', 1961]],
  'Kingsley Amis': [['Lucky Jim', 1954], ['The Old Devils', 1986], ['Take a Girl Like You', 1960], ['The Green Man', 1969]],
  'Fyodor Dostoevsky': [['The Brothers Karamazov', 1880], ['Crime and Punishment', 1866], ['The Idiot', 1869], ['Demons', 1872], ['Notes from Underground', 1864]],
  'Ursula K. Le Guin': [['The Left Hand of Darkness', 1969], ['A Wizard of Earthsea', 1968], ['The Dispossessed', 1974], ['The Lathe of Heaven', 1971]],
  'Jonathan Franzen': [['The Corrections', 2001], ['Freedom', 2010], ['Purity', 2015], ['Crossroads', 2021]],
  'William Makepeace Thackeray': [['Vanity Fair', 1848], ['The Luck of Barry Lyndon', 1844], ['Pendennis', 1850], ['The Newcomes', 1855]],
  'Chinua Achebe': [['Things Fall Apart', 1958], ['No Longer at Ease', 1960], ['Arrow of God', 1964], ['Anthills of the Savannah', 1987]],
  'Gabriel García Márquez': [['One Hundred Years of Solitude', 1967], ['Love in the Time of Cholera', 1985], ['Chronicle of a Death Foretold', 1981], ['The Autumn of the Patriarch', 1975]],
  'Toni Morrison': [['Beloved', 1987], ['The Bluest Eye', 1970], ['Song of Solomon', 1977], ['Sula', 1973], ['Jazz', 1992]],
  'George Eliot': [['Middlemarch', 1871], ['Silas Marner', 1861], ['The Mill on the Floss', 1860], ['Adam Bede', 1859]],
  'Kazuo Ishiguro': [['The Remains of the Day', 1989], ['Never Let Me Go', 2005], ['An Artist of the Floating World', 1986], ['Klara and the Sun', 2021]],
  'Virginia Woolf': [['Mrs Dalloway', 1925], ['To the Lighthouse', 1927], ['Orlando', 1928], ['The Waves', 1931]],
  'F. Scott Fitzgerald': [['The Great Gatsby', 1925], ['This Side of Paradise', 1920], ['The Beautiful and Damned', 1922], ['Tender Is the Night', 1934]],
  'Mary Shelley': [['Frankenstein', 1818], ['The Last Man', 1826], ['Valperga', 1823], ['Lodore', 1835]],
  'Ralph Ellison': [['Invisible Man', 1952], ['Shadow and Act', 1964], ['Juneteenth', 1999]],
  'Charlotte Brontë': [['Jane Eyre', 1847], ['Villette', 1853], ['Shirley', 1849], ['The Professor', 1857]],
  'Carson McCullers': [['The Heart Is a Lonely Hunter', 1940], ['The Member of the Wedding', 1946], ['Reflections in a Golden Eye', 1941], ['The Ballad of the Sad Café', 1951]],
};

/** `title` is a real work of `author` listed here. */
export const isOwnWork = (author: string, title: string): boolean => AUTHOR_WORKS[author]?.some(([t]) => t === title) ?? false;
