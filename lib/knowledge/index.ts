/**
 * The knowledge the engine starts from: curated actors and places (JSON data beside this file) plus
 * countries from the world-countries package. Loaded through imports, never the file system, so it
 * works in the extension's service worker as well as in Node.
 */
import actorsFile from './actors.json';
import placesFile from './places.json';
import { countryEntries } from './countries';
import { KnowledgeFileSchema, type KnowledgeEntry } from './schema';

export type { KnowledgeEntry } from './schema';
export { KnowledgeEntrySchema } from './schema';

let cached: KnowledgeEntry[] | null = null;

/** The built-in knowledge entries (validated once, then cached). */
export function builtinKnowledge(): KnowledgeEntry[] {
  if (!cached) {
    const actors = KnowledgeFileSchema.parse(actorsFile).entries;
    const places = KnowledgeFileSchema.parse(placesFile).entries;
    cached = [...countryEntries(), ...places, ...actors];
  }
  return cached;
}
