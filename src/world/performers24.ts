/**
 * Well-known performers and some of their real songs with release years (QUALITY.md E): a track search for
 * "eminem" finds Eminem's tracks ("Lose Yourself"), never tracks titled "Eminem" by other artists. Music APIs'
 * examples search by these names.
 */
export const PERFORMER_SONGS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  Eminem: [['Lose Yourself', 2002], ['Without Me', 2002], ['Mockingbird', 2004], ['Stan', 2000], ['Love the Way You Lie', 2010]],
  'Taylor Swift': [['Shake It Off', 2014], ['Blank Space', 2014], ['Love Story', 2008], ['Anti-Hero', 2022], ['Cruel Summer', 2019]],
  Drake: [["God's Plan", 2018], ['Hotline Bling', 2015], ['One Dance', 2016], ['In My Feelings', 2018]],
  'Ed Sheeran': [['Shape of You', 2017], ['Perfect', 2017], ['Thinking Out Loud', 2014], ['Bad Habits', 2021]],
  Adele: [['Rolling in the Deep', 2010], ['Someone Like You', 2011], ['Hello', 2015], ['Easy on Me', 2021]],
  Coldplay: [['Yellow', 2000], ['Viva la Vida', 2008], ['Fix You', 2005], ['The Scientist', 2002]],
  'The Weeknd': [['Blinding Lights', 2019], ['Starboy', 2016], ["Can't Feel My Face", 2015], ['Save Your Tears', 2020]],
  'Beyoncé': [['Halo', 2008], ['Crazy in Love', 2003], ['Single Ladies (Put a Ring on It)', 2008], ['Formation', 2016]],
  Rihanna: [['Umbrella', 2007], ['Diamonds', 2012], ['We Found Love', 2011], ['Work', 2016]],
  'Billie Eilish': [['Bad Guy', 2019], ['Ocean Eyes', 2016], ['Happier Than Ever', 2021], ['What Was I Made For?', 2023]],
  'Bruno Mars': [['Uptown Funk', 2014], ['Just the Way You Are', 2010], ['Grenade', 2010], ['24K Magic', 2016]],
  'Dua Lipa': [['Levitating', 2020], ["Don't Start Now", 2019], ['New Rules', 2017], ['Houdini', 2023]],
  Queen: [['Bohemian Rhapsody', 1975], ["Don't Stop Me Now", 1979], ['Another One Bites the Dust', 1980], ['We Will Rock You', 1977]],
  'The Beatles': [['Hey Jude', 1968], ['Let It Be', 1970], ['Yesterday', 1965], ['Come Together', 1969]],
  'Michael Jackson': [['Billie Jean', 1983], ['Thriller', 1983], ['Beat It', 1983], ['Smooth Criminal', 1988]],
  'Justin Bieber': [['Sorry', 2015], ['Love Yourself', 2015], ['Peaches', 2021], ['Baby', 2010]],
  'Ariana Grande': [['7 Rings', 2019], ['Thank U, Next', 2018], ['Positions', 2020], ['Into You', 2016]],
  'Kendrick Lamar': [['Humble.', 2017], ['Alright', 2015], ['Not Like Us', 2024], ['Swimming Pools (Drank)', 2012]],
  'Imagine Dragons': [['Radioactive', 2012], ['Believer', 2017], ['Demons', 2013], ['Thunder', 2017]],
  'Lady Gaga': [['Poker Face', 2008], ['Bad Romance', 2009], ['Shallow', 2018], ['Just Dance', 2008]],
};

const byLower = new Map<string, string>();
/** The performer a search query names ("eminem", "the weeknd", "Beyonce"), as they are named; undefined for any other text. */
export function performerOf(query: string): string | undefined {
  if (byLower.size === 0) for (const name of Object.keys(PERFORMER_SONGS)) {
    byLower.set(name.toLowerCase(), name);
    byLower.set(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), name);
  }
  return byLower.get(query.trim().toLowerCase());
}
