/**
 * Grammatical gender of a person's name from compromise's given-name lexicon, so "she said" is never
 * credited to a "Gregory" named just before. Unknown names have no gender and fit either pronoun.
 */
import { lexTags } from './lexicon';

/** 'male' / 'female' when the first word is a known given name of that gender, else undefined. */
export function genderOf(name: string): 'male' | 'female' | undefined {
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  const tags = lexTags(first);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male && !female ? 'male' : female && !male ? 'female' : undefined;
}
