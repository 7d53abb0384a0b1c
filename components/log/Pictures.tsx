import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityKind } from '@/lib/annotate/types';
import { timelineIncidents, topEntities, weeklyCounts } from '@/lib/store/log-pictures';
import { visitTimes } from '@/lib/store/queries-log';
import { IncidentTimeline } from './IncidentTimeline';
import { logDb } from './log-db';
import { TopEntities } from './TopEntities';
import { WeeklyChart } from './WeeklyChart';
import { Notice } from '../Notice';

/** The three pictures, for the articles the filters show. Computed only when this view is open. */
export function Pictures({ ids, kind }: { ids: number[]; kind?: EntityKind }) {
  const data = useLiveQuery(async () => {
    const shown = new Set(ids);
    const [incidents, top, visited] = await Promise.all([timelineIncidents(logDb, shown), topEntities(logDb, shown, 10), visitTimes(logDb)]);
    return { incidents, top, weeks: weeklyCounts(ids.flatMap((id) => visited.get(id) ?? [])) };
  }, [ids]);
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
