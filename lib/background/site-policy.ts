/**
 * The background's answer to "may I annotate this page on my own?": the site list decides, for the
 * URL the BROWSER reports for the port's sender (never a URL the message claims). Also wires the
 * reader's knowledge into the engine. Installed once by the background entrypoint.
 */
import { browser } from 'wxt/browser';
import { setReaderKnowledgeSource } from './reader-knowledge-source';
import { SITE_POLICY_PORT, type SitePolicy } from '../sites/protocol';
import { siteStatus } from '../sites/site-list';
import { engineKnowledgeReader } from '../store/reader-knowledge';
import { openSettingsDb, type SettingsDb } from '../store/settings-db';

/** The part of a runtime port this needs (browser.runtime.Port in both browsers). */
export interface PolicyPort {
  name: string;
  sender?: { id?: string; url?: string; frameId?: number };
  postMessage(message: unknown): void;
  disconnect(): void;
}

/** The policy for one port's page; off for anything not from this extension's own content script. */
export async function policyFor(db: SettingsDb, port: PolicyPort, extensionId: string): Promise<SitePolicy> {
  const url = port.sender?.id === extensionId ? port.sender.url : undefined;
  if (!url) return { type: 'site-policy', site: null, enabled: false };
  const status = await siteStatus(db, url);
  return { type: 'site-policy', site: status.site, enabled: status.enabled };
}

/** Answers site-policy ports and gives the engine the reader's knowledge; returns the settings db. */
export function installTrustServices(): SettingsDb {
  const db = openSettingsDb();
  setReaderKnowledgeSource(engineKnowledgeReader(db));
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SITE_POLICY_PORT) return;
    policyFor(db, port, browser.runtime.id)
      .then((policy) => port.postMessage(policy))
      .catch((error: unknown) => {
        console.error('sourcemark background: site policy failed', error);
        port.postMessage({ type: 'site-policy', site: null, enabled: false } satisfies SitePolicy);
      })
      .finally(() => port.disconnect());
  });
  return db;
}
