import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { LogApp } from '@/components/log/LogApp';
import './log.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* A failing query (a damaged record, storage refusing) is told in words, never a blank page. */}
      <ErrorBoundary>
        <LogApp />
      </ErrorBoundary>
    </StrictMode>,
  );
}
