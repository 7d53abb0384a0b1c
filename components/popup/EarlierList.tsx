import type { EarlierMention } from '@/lib/store/cross-reference';
import { textFragmentUrl } from '@/lib/store/text-fragment';
import { formatDate } from '../format';

/** The earlier articles that mention an entity, newest first, each opening at the mention. */
export function EarlierList({ earlier, onOpen }: { earlier: EarlierMention[]; onOpen: (url: string) => void }) {
  return (
    <ol className="earlier">
      {earlier.map((e) => {
        const href = textFragmentUrl(e.url, e.quote);
        return (
          <li key={e.articleId} className="earlier__item">
            <a
              href={href}
              onClick={(event) => {
                event.preventDefault();
                onOpen(href);
              }}
            >
              {e.title || e.url}
            </a>
            <span className="earlier__meta">
              {[e.site, formatDate(e.publishedTime ?? e.visited)].filter(Boolean).join(' · ')}
            </span>
            <q className="earlier__sentence">{e.sentence}</q>
          </li>
        );
      })}
    </ol>
  );
}
