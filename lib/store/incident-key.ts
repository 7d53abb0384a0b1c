/**
 * When two reports are one incident: same type, same place and same day. Without a day there is no
 * telling, so an undated incident stays with its own article and never absorbs another.
 */
export function incidentKey(type: string, place: string, date: string | undefined, articleId: number): string {
  return date ? `${type}|${place}|${date}` : `${type}|${place}|undated:${articleId}`;
}
