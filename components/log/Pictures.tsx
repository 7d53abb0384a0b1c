import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityKind } from '@/lib/annotate/types';
import { timelineIncidents, topEntities, weeklyCounts } from '@/lib/store/log-pictures';
import type { ArticleOrder } from '@/lib/store/queries-log';
import { IncidentTimeline } from './IncidentTimeline';
import { logDb } from './log-db';
import { TopEntities } from './TopEntities';
import { WeeklyChart } from './WeeklyChart';
import { Notice } from '../Notice';

/** The three pictures, for the articles the filters show. Computed only when this view is open. */
export function Pictures({ ids, order, kind }: { ids: number[]; order: ArticleOrder; kind?: EntityKind }) {
  const data = useLiveQuery(async () => {
    const shown = new Set(ids);
    const [incidents, top] = await Promise.all([timelineIncidents(logDb, shown), topEntities(logDb, shown, 10)]);
    return { incidents, top, weeks: weeklyCounts(ids.map((id) => order.visited.get(id) ?? 0)) };
  }, [ids, order]);
  if (!data) return <Notice kind="loading">Drawing…</Notice>;
  const actors = kind && kind !== 'place' ? data.top.actors.filter((a) => a.entity.kind === kind) : data.top.actors;
  return (
    <div className="pictures">
      <IncidentTimeline incidents={data.incidents} />
      <WeeklyChart weeks={data.weeks} />
      <TopEntities actors={kind === 'place' ? [] : actors} places={kind && kind !== 'place' ? [] : data.top.places} />
    </div>
  );
}
