import type { EntityKind } from '@/lib/annotate/types';
import type { LogFilters } from '@/lib/store/queries-log';

/** How the export and the list name each entity type in a sentence. */
const KIND_WORDS: Record<EntityKind, string> = { person: 'people', organization: 'organizations', place: 'places' };

/** The filters in words, for the file a filtered export writes (its scope description). */
export function describeFilters(f: LogFilters, entityName?: string): string {
  const search = f.search?.trim();
  const kind = f.kind ? KIND_WORDS[f.kind] : undefined;
  const parts = [
    search ? (kind ? `naming ${kind} matching “${search}”` : `matching “${search}”`) : kind && !entityName ? `naming ${kind}` : '',
    f.from || f.to ? `read ${f.from ?? '…'} to ${f.to ?? '…'}` : '',
    f.site ? `from ${f.site}` : '',
    entityName ? `naming ${entityName}` : '',
  ].filter(Boolean);
  return parts.length ? `Articles ${parts.join(', ')}` : 'Everything';
}
