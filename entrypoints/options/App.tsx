import { ErrorBoundary } from '@/components/ErrorBoundary';
import { KnowledgeEditor } from '@/components/options/KnowledgeEditor';
import { SiteList } from '@/components/options/SiteList';

/** The options page: where Sourcemark runs, and what the reader taught it. */
export function App() {
  return (
    <main className="options">
      <h1>Sourcemark settings</h1>
      <p className="options__lead">
        Everything here stays in this browser. Sourcemark sends nothing anywhere and loads no remote code.
      </p>
      <ErrorBoundary>
        <SiteList />
      </ErrorBoundary>
      <ErrorBoundary>
        <KnowledgeEditor />
      </ErrorBoundary>
    </main>
  );
}
