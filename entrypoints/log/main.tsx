import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LogApp } from '@/components/log/LogApp';
import './log.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LogApp />
    </StrictMode>,
  );
}
