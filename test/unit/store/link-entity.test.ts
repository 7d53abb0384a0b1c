import 'fake-indexeddb/auto';
import { entityTable } from '../../support/entity-table';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, Entity } from '../../../lib/annotate/types';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { normalizeName } from '../../../lib/store/entity-key';
import { saveArticle } from '../../../lib/store/save-article';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`link-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

/** Saves an article whose text is just the names, one entity each, and returns the stored entity ids. */
async function saveNames(url: string, entities: Array<Pick<Entity, 'name' | 'kind'> & { aliases?: string[] }>) {
  let text = '';
  const list: Entity[] = entities.map((e, i) => {
    const start = text.length;
    text += `${e.name}. `;
    return { id: `e${i}`, name: e.name, kind: e.kind, aliases: e.aliases ?? [], mentions: [{ start, end: start + e.name.length, text: e.name }] };
  });
  const annotation: Annotation = { version: 1, sentences: [], entities: list, attributions: [], incidents: [], wordCount: 5, truncated: false };
  const saved = await saveArticle(db, { url, title: url, meta: {}, text, annotation, now: n++ });
  return list.map((e) => saved.entityIds.get(e.id));
}

describe('normalizeName', () => {
  it('folds case, diacritics, "the" and Arabic al- particles', () => {
    expect(normalizeName('Mustafa Al-Kadhimi')).toBe('mustafa kadhimi');
    expect(normalizeName('mustafa al-Kadhimi')).toBe('mustafa kadhimi');
    expect(normalizeName('The Pentagon')).toBe('pentagon');
    expect(normalizeName('Erdoğan')).toBe('erdogan');
  });
});

describe('cross-article linking', () => {
  it('links the same person across "al-" variants and a later bare surname', async () => {
    const [full] = await saveNames('a', [{ name: 'Mustafa al-Kadhimi', kind: 'person' }]);
    const [variant] = await saveNames('b', [{ name: 'Mustafa Al-Kadhimi', kind: 'person' }]);
    const [surname] = await saveNames('c', [{ name: 'Kadhimi', kind: 'person' }]);
    expect(variant).toBe(full);
    expect(surname).toBe(full);
    expect(await entityTable(db).count()).toBe(1);
  });

  it('upgrades a bare surname stored first to the full name seen later', async () => {
    const [bare] = await saveNames('a', [{ name: 'Kadhimi', kind: 'person' }]);
    const [full] = await saveNames('b', [{ name: 'Mustafa al-Kadhimi', kind: 'person' }]);
    expect(full).toBe(bare);
    expect((await entityTable(db).get(bare as number))?.name).toBe('Mustafa al-Kadhimi');
  });

  it('never links a bare surname that fits two stored people', async () => {
    const [masoud, masrour] = await saveNames('a', [
      { name: 'Masoud Barzani', kind: 'person' },
      { name: 'Masrour Barzani', kind: 'person' },
    ]);
    expect(masoud).not.toBe(masrour);
    const [bare] = await saveNames('b', [{ name: 'Barzani', kind: 'person' }]);
    expect(bare).not.toBe(masoud);
    expect(bare).not.toBe(masrour);
    const [nechirvan] = await saveNames('c', [{ name: 'Nechirvan Barzani', kind: 'person', aliases: ['Barzani'] }]);
    expect(new Set([masoud, masrour, nechirvan]).size).toBe(3);
  });

  it('links an acronym to its expansion, and an actor typed differently in another article', async () => {
    const [irgc] = await saveNames('a', [{ name: 'Islamic Revolutionary Guard Corps', kind: 'organization', aliases: ['IRGC'] }]);
    const [short] = await saveNames('b', [{ name: 'IRGC', kind: 'organization' }]);
    expect(short).toBe(irgc);
    const [asPerson] = await saveNames('c', [{ name: 'Islamic Revolutionary Guard Corps', kind: 'person' }]);
    expect(asPerson).toBe(irgc);
  });

  it('keeps a place apart from an actor of the same name', async () => {
    const [place, actor] = await saveNames('a', [
      { name: 'Washington', kind: 'place' },
      { name: 'Washington', kind: 'organization' },
    ]);
    expect(place).not.toBe(actor);
  });
});
