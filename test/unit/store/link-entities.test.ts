import 'fake-indexeddb/auto';
import { entityTable } from '../../support/entity-table';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/annotate/types';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { entityKey, normalizeName, surnameOf } from '../../../lib/store/entity-key';
import { linkEntities } from '../../../lib/store/link-entities';
import { linkNames, mergeEntity, newEntityRecord, surnameKey } from '../../../lib/store/link-entity';
import type { EntityRecord } from '../../../lib/store/records';

/**
 * The linking rules as they were first written: one entity at a time, each read and write awaited
 * against the database. The batched linker must decide exactly as this does.
 */
async function findOneByOne(db: SourcemarkDb, entity: Entity): Promise<EntityRecord | undefined> {
  const single = (name: string) => !normalizeName(name).includes(' ');
  const unique = (records: EntityRecord[]) => [...new Map(records.map((r) => [r.id, r])).values()];
  const exact = await entityTable(db).where('key').equals(entityKey(entity.kind, entity.name)).first();
  if (exact) return exact;
  const byAlias = unique(await entityTable(db).where('aliasKeys').anyOf(linkNames(entity)).toArray());
  if (byAlias.length === 1) return byAlias[0];
  if (byAlias.length > 1) return undefined;
  if (entity.kind !== 'person') return undefined;
  if (single(entity.name)) {
    const people = unique(await entityTable(db).where('aliasKeys').equals(`surname:${normalizeName(entity.name)}`).toArray());
    return people.length === 1 ? people[0] : undefined;
  }
  const bare = await entityTable(db).where('key').equals(entityKey('person', surnameOf(entity.name))).first();
  if (!bare) return undefined;
  const sharing = await entityTable(db).where('aliasKeys').equals(surnameKey(entity.name)).count();
  return sharing === 0 ? bare : undefined;
}

async function linkOneByOne(db: SourcemarkDb, entities: Entity[]): Promise<Map<string, number>> {
  return db.transaction('rw', [db.entityPages, db.coverage], async () => {
    const ids = new Map<string, number>();
    for (const entity of entities) {
      if (entity.mentions.length === 0) continue;
      const stored = await findOneByOne(db, entity);
      if (stored?.id !== undefined) {
        await entityTable(db).put({ ...mergeEntity(stored, entity), id: stored.id });
        ids.set(entity.id, stored.id);
      } else ids.set(entity.id, (await entityTable(db).add(newEntityRecord(entity))) as number);
    }
    return ids;
  });
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Masoud', 'Masrour', 'Nechirvan', 'Mustafa', 'Kaja'];
const LAST = ['Barzani', 'al-Kadhimi', 'Al-Kadhimi', 'Kallas'];
const ORGS = ['Islamic Revolutionary Guard Corps', 'IRGC', 'NATO', 'Barzani', 'Kallas'];
const PLACES = ['Washington', 'Erbil', 'Tallinn', 'Barzani'];

/** A random article's entities drawn from a small pool of colliding names, surnames and acronyms. */
function randomEntities(random: () => number): Entity[] {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const count = 1 + Math.floor(random() * 6);
  return Array.from({ length: count }, (_, i): Entity => {
    const r = random();
    const kind: Entity['kind'] = r < 0.55 ? 'person' : r < 0.8 ? 'organization' : 'place';
    let name: string;
    const aliases: string[] = [];
    if (kind === 'person') {
      const last = pick(LAST);
      name = random() < 0.35 ? last : `${pick(FIRST)} ${last}`;
      if (random() < 0.3) aliases.push(last);
    } else if (kind === 'organization') {
      name = pick(ORGS);
      if (random() < 0.3) aliases.push(pick(ORGS));
    } else name = pick(PLACES);
    const mentions = random() < 0.9 ? [{ start: 0, end: name.length, text: name }] : [];
    return { id: `e${i}`, name, kind, aliases, mentions, ...(random() < 0.3 ? { role: pick(['minister', 'president']) } : {}) };
  });
}

let n = 0;
let batched: SourcemarkDb;
let oneByOne: SourcemarkDb;
beforeEach(() => {
  n += 1;
  batched = openDb(`link-batched-${n}`);
  oneByOne = openDb(`link-one-${n}`);
});
afterEach(async () => {
  await Promise.all([batched.delete(), oneByOne.delete()]);
});

describe('linkEntities', () => {
  it('links, merges and creates exactly as the one-by-one rules do, article after article', async () => {
    for (let run = 0; run < 8; run++) {
      const random = seeded(run + 1);
      await Promise.all([batched.entityPages.clear(), oneByOne.entityPages.clear()]);
      for (let article = 0; article < 10; article++) {
        const entities = randomEntities(random);
        const expected = await linkOneByOne(oneByOne, entities);
        const actual = await batched.transaction('rw', [batched.entityPages, batched.coverage], () => linkEntities(batched, entities));
        expect(actual).toEqual(expected);
        expect(await entityTable(batched).toArray()).toEqual(await entityTable(oneByOne).toArray());
      }
    }
  }, 60_000);

  it('decides as the one-by-one rules do when an earlier entity of the article changed a stored record', async () => {
    const person = (id: string, name: string, aliases: string[] = []): Entity => ({ id, name, kind: 'person', aliases, mentions: [{ start: 0, end: 1, text: name }] });
    const org = (id: string, name: string, aliases: string[] = []): Entity => ({ ...person(id, name, aliases), kind: 'organization' });
    const articles: Entity[][] = [
      [person('a', 'Kadhimi')],
      [org('a', 'Kadhimi Trust')],
      [org('a', 'Kadhimi Trust', ['Kadhimi'])],
      // The bare record becomes "Mustafa al-Kadhimi": the later bare "Kadhimi" no longer has its own key.
      [person('a', 'Mustafa al-Kadhimi'), person('b', 'Kadhimi'), person('c', 'Barzani')],
      [person('a', 'Masoud Barzani'), person('b', 'Barzani'), person('c', 'Masrour Barzani', ['Barzani']), person('d', 'Barzani')],
    ];
    for (const entities of articles) {
      const expected = await linkOneByOne(oneByOne, entities);
      const actual = await batched.transaction('rw', [batched.entityPages, batched.coverage], () => linkEntities(batched, entities));
      expect(actual).toEqual(expected);
      expect(await entityTable(batched).toArray()).toEqual(await entityTable(oneByOne).toArray());
    }
  });

  it('sees the records created earlier in the same article', async () => {
    const entity = (id: string, name: string): Entity => ({ id, name, kind: 'person', aliases: [], mentions: [{ start: 0, end: 1, text: name }] });
    const ids = await batched.transaction('rw', [batched.entityPages, batched.coverage], () =>
      linkEntities(batched, [entity('a', 'Mustafa al-Kadhimi'), entity('b', 'Kadhimi'), entity('c', 'Mustafa Al-Kadhimi')]),
    );
    expect(new Set(ids.values()).size).toBe(1);
    expect(await entityTable(batched).count()).toBe(1);
  });
});
