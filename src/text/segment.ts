/**
 * Words glued without case or separator ("getordersbyemail", "andorunique") split into English words by the
 * wordsninja package's frequency list (a dictionary-driven segmenter). Only a word that is not itself in the
 * list, and that splits into known words of two letters or more, is split; the list loads on first use.
 */
import { createRequire } from 'node:module';

interface Segmenter {
  loadDictionary(): Promise<unknown>;
  splitSentence(text: string): string[];
}

const require = createRequire(import.meta.url);
let segmenter: Segmenter | undefined;
let known: Set<string> | undefined;
const cache = new Map<string, readonly string[] | null>();

function load(): { segmenter: Segmenter; known: Set<string> } {
  if (!segmenter || !known) {
    const WordsNinja = require('wordsninja') as new () => Segmenter;
    const ninja = new WordsNinja();
    // The promise's executor fills the cost table synchronously; nothing waits on it.
    void ninja.loadDictionary();
    segmenter = ninja;
    known = new Set(require('wordsninja/words-en.json') as string[]);
    // English words the list lacks beside their pair ("moonset" is in it): never split into "moon rise" (reading 32).
    for (const w of ['moonrise']) known.add(w);
  }
  return { segmenter, known };
}

/** Whether a lower-case word is in the segmenter's English word list. */
export function isKnownWord(word: string): boolean {
  return load().known.has(word.toLowerCase());
}

/** "ordersby" → ["orders", "by"]; undefined when the word is a word already or does not split cleanly. */
export function gluedWords(word: string): readonly string[] | undefined {
  if (word.length < 6 || !/^[a-z]+$/.test(word)) return undefined;
  const hit = cache.get(word);
  if (hit !== undefined) return hit ?? undefined;
  const { segmenter: ninja, known: words } = load();
  let parts: readonly string[] | null = null;
  if (!words.has(word)) {
    const split = ninja.splitSentence(word);
    if (split.length >= 2 && split.every((p) => p.length >= 2 && words.has(p))) parts = split;
  }
  if (cache.size < 20_000) cache.set(word, parts);
  return parts ?? undefined;
}

/** Function words and operation verbs that never sit inside one English word: their presence marks an op id's pieces. */
const JOINS = new Set(['by', 'for', 'of', 'and', 'or', 'from', 'with', 'to', 'in', 'on', 'at']);
const OP_VERBS = new Set(['get', 'list', 'search', 'find', 'create', 'update', 'delete', 'set', 'add', 'remove', 'fetch', 'post', 'put']);

/** "ordersby", "getstorestatuslist", "andorunique": a glued operation-id or parameter word no one says. */
export function isGluedIdentifier(word: string): boolean {
  const parts = gluedWords(word);
  if (!parts) return false;
  return parts.slice(1).some((p) => JOINS.has(p)) || (OP_VERBS.has(parts[0] ?? '') && parts.length >= 2);
}

/**
 * The words a person says for one word of a name: a glued op-id word split, and a long compound that splits into
 * long words ("applicationrole" → application role), never a word that splits into pieces ("whitelists").
 */
export function spokenParts(word: string): readonly string[] {
  if (isGluedIdentifier(word)) return gluedWords(word) ?? [word];
  if (word.length < 12) return [word];
  const parts = gluedWords(word);
  // "acousticness", "danceability": a word and its suffix are one word, never "acoustic ness", "dance ability".
  if (parts && WORD_SUFFIX.test(parts[parts.length - 1] ?? '')) return [word];
  return parts && parts.every((p) => p.length >= 4) ? parts : [word];
}

/** Suffixes the segmenter takes for words of their own. */
const WORD_SUFFIX = /^(?:ness|ability|ibility|ably|ship|ships|hood|ment|ments|less|wise|ism|ist|ists)$/;
