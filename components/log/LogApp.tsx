import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { articleOrder, entityList, filterArticles, newestArticleIds, siteList, type LogFilters } from '@/lib/store/queries-log';
import { BLOCKED_UPGRADE_MESSAGE } from '../ErrorBoundary';
import { Notice } from '../Notice';
import { useOpenWait } from '../use-open-wait';
import { FIRST_SCREEN } from '@/lib/store/log-first-screen';
import { ArticleList } from './ArticleList';
import { describeFilters } from './describe-filters';
import { useEarlyFirstScreen } from './early-first-screen';
import { Filters } from './Filters';
import { plural } from './format';
import { logDb } from './log-db';
import { Tabs } from './Tabs';

/**
 * Everything but the article list is loaded when its tab opens, or once the first rows are painted:
 * the exporters and the import's validation (zod), deleting, the entity index, the pictures and the
 * search. The first screen evaluates only React, Dexie and the list.
 */
const loaders = {
  export: () => import('./ExportPanel'),
  import: () => import('./ImportPanel'),
  delete: () => import('./DeletePanel'),
  entities: () => import('./EntityIndex'),
  pictures: () => import('./Pictures'),
  search: () => import('@/lib/store/log-search'),
};
const ExportPanel = lazy(() => loaders.export().then((m) => ({ default: m.ExportPanel })));
const ImportPanel = lazy(() => loaders.import().then((m) => ({ default: m.ImportPanel })));
const DeletePanel = lazy(() => loaders.delete().then((m) => ({ default: m.DeletePanel })));
const EntityIndex = lazy(() => loaders.entities().then((m) => ({ default: m.EntityIndex })));
const Pictures = lazy(() => loaders.pictures().then((m) => ({ default: m.Pictures })));


type Tab = 'articles' | 'entities' | 'pictures' | 'data';
const TABS: Array<{ id: Tab; label: string }> = [
  { id: 'articles', label: 'Articles' },
  { id: 'entities', label: 'Actors & places' },
  { id: 'pictures', label: 'Pictures' },
  { id: 'data', label: 'Export, import, delete' },
];

/** The value after the reader stops changing it for `ms`: search runs on pauses, not keystrokes. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/**
 * The reading log: every article read, an entity index, pictures, and export, import and delete. All
 * views share one set of filters, and what they show is what "export what the filters show" writes.
 */
export function LogApp() {
  const [filters, setFilters] = useState<LogFilters>({});
  const [tab, setTab] = useState<Tab>('articles');
  const search = useDebounced((filters.search ?? '').trim(), 250);
  const kind = filters.kind;
  // The type alone (no search, no chosen entity) keeps the articles naming an entity of that type.
  const byKindAlone = kind !== undefined && !search && filters.entityId === undefined;
  const filtered = Boolean(search || filters.from || filters.to || filters.site || filters.entityId !== undefined || kind);
  // First paint reads only the newest FIRST_SCREEN ids; the whole order (all ids: 60–170 ms with
  // 10,000 articles), the sites and the rest wait until those rows are on screen, or until needed.
  const head = useLiveQuery(() => newestArticleIds(logDb, FIRST_SCREEN), []);
  // The same rows, read by the page's head script while this code loaded: shown until Dexie's are in.
  const early = useEarlyFirstScreen();
  const [all, setAll] = useState(false);
  const showAll = useCallback(() => setAll(true), []);
  const needAll = filtered || tab !== 'articles' || head?.length === 0;
  useEffect(() => {
    if (needAll) setAll(true);
  }, [needAll]);
  useEffect(() => {
    if (!all) return;
    const warn = (error: unknown) => console.warn('Sourcemark: could not preload a log panel', error);
    for (const load of Object.values(loaders)) load().catch(warn);
  }, [all]);
  const sites = useLiveQuery(async () => (all ? siteList(logDb) : []), [all]) ?? [];
  // With a type chosen, only entities of that type (and statements by them) match the search.
  const found = useLiveQuery(async () => (search ? { search, kind, ...(await (await loaders.search()).searchLog(logDb, search, kind)) } : null), [search, kind]);
  const ofKind = useLiveQuery(
    async () => (byKindAlone ? { kind, articleIds: await (await loaders.search()).articlesNamingKind(logDb, kind) } : null),
    [byKindAlone, kind],
  );
  // Order and filters in one query: one round trip before the rows can be read.
  // Without a search or a type this stays null, so the list is not read twice while they settle; a
  // result read for another type than the current one is pending, never shown.
  const matching = search
    ? found && found.search === search && found.kind === kind ? found.articleIds : 'pending'
    : byKindAlone
      ? ofKind && ofKind.kind === kind ? ofKind.articleIds : 'pending'
      : null;
  const asked = [all, matching, filters.from, filters.to, filters.site, filters.entityId];
  const listed = useLiveQuery(async () => {
    if (!all || matching === 'pending') return undefined;
    const order = await articleOrder(logDb);
    return { order, ids: await filterArticles(logDb, order, filters, matching ?? undefined), asked };
  }, asked);
  // While the next answer is read (a new type or search makes the query pending), the last list stays
  // on screen, marked busy below, instead of giving way to "Reading your log…" and remounting.
  const lastListed = useRef(listed);
  if (listed !== undefined) lastListed.current = listed;
  const order = (listed ?? lastListed.current)?.order;
  const ids = (listed ?? lastListed.current)?.ids;
  // While a filter's answer is read, the list still shows the last one: say so (aria-busy, "filtering…").
  const filtering = all && (matching === 'pending' || listed === undefined || listed.asked.some((v, i) => v !== asked[i]));
  // Until the whole order is read, the unfiltered list shows the newest rows alone.
  const firstIds = !filtered && ids === undefined ? (head?.length ? head : head === undefined && early?.length ? early.map((s) => s.article.id) : undefined) : undefined;
  const needEntities = tab === 'entities' || filters.entityId !== undefined;
  const entities = useLiveQuery(async () => (needEntities ? entityList(logDb) : null), [needEntities]);
  const chosen = entities?.find((e) => e.id === filters.entityId);
  const shownEntities = useMemo(() => {
    if (!entities) return [];
    const matched = found ? new Set(found.entities.map((e) => e.id)) : undefined;
    return entities.filter((e) => (!filters.kind || e.kind === filters.kind) && (!matched || matched.has(e.id)));
  }, [entities, found, filters.kind]);

  // Nothing read yet, from Dexie or the head script: if the database does not open, say why.
  const waiting = useOpenWait(logDb, head === undefined && order === undefined && !early?.length);

  return (
    <div className="log">
      <header className="log__header">
        <h1>Sourcemark reading log</h1>
        <p className="muted" role="status">
          {order === undefined
            ? 'Reading your log…'
            : `${plural(order.ids.length, 'article')} read${ids && ids.length !== order.ids.length ? `, ${ids.length.toLocaleString('en')} shown` : ''}${filtering ? ', filtering…' : ''}`}
        </p>
      </header>
      {waiting && <Notice kind="error">{BLOCKED_UPGRADE_MESSAGE}</Notice>}
      <Filters filters={filters} onChange={setFilters} sites={sites} entity={chosen} />
      {found && found.statements.length > 0 && tab === 'articles' && (
        <details className="statements">
          <summary>{plural(found.statements.length, 'attributed statement')} match “{search}”</summary>
          <ul>
            {found.statements.map((s) => (
              <li key={s.id}>
                <strong>{s.source}</strong> {s.cue}: “{s.content ?? s.quote.exact}”
              </li>
            ))}
          </ul>
        </details>
      )}
      <Tabs tabs={TABS} current={tab} onChange={setTab} label="Log views" />
      <main role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="log__panel" tabIndex={-1} aria-busy={filtering || undefined}>
        <Suspense fallback={<Notice kind="loading">Loading…</Notice>}>
          {tab === 'articles' && firstIds ? (
            <ArticleList ids={firstIds} partial early={early} onFirstRows={showAll} />
          ) : order === undefined || ids === undefined ? (
            <Notice kind="loading">Reading your log…</Notice>
          ) : order.ids.length === 0 && tab !== 'data' ? (
            <Notice kind="empty">Nothing read yet. Articles you read appear here, or import an export under “Export, import, delete”.</Notice>
          ) : tab === 'articles' ? (
            <ArticleList ids={ids} onFirstRows={showAll} />
          ) : tab === 'entities' ? (
            entities ? (
              <EntityIndex entities={shownEntities} selected={filters.entityId} onSelect={(entityId) => setFilters({ ...filters, entityId })} />
            ) : (
              <Notice kind="loading">Reading actors and places…</Notice>
            )
          ) : tab === 'pictures' ? (
            <Pictures ids={ids} kind={filters.kind} />
          ) : (
            <div className="panels">
              <ExportPanel shownIds={ids} total={order.ids.length} description={describeFilters(filters, chosen?.name)} />
              <ImportPanel />
              <DeletePanel sites={sites} total={order.ids.length} />
            </div>
          )}
        </Suspense>
      </main>
    </div>
  );
}
