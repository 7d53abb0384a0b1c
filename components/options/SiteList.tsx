import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { siteKey } from '@/lib/sites/host';
import { forgetSite, listSiteRules, setSiteEnabled } from '@/lib/sites/site-list';
import { settingsDb } from './settings-db-instance';

/**
 * The options page's site list: every site the reader switched off (or back on below a switched-off
 * parent), with a form to add one and a button to forget each. Live: the popup's switch shows up here.
 */
export function SiteList() {
  const rules = useLiveQuery(() => listSiteRules(settingsDb), []);
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const report = (what: string) => (error: unknown) => {
    console.error(`sourcemark options: ${what}`, error);
    setProblem(error instanceof Error ? error.message : `Could not ${what}.`);
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!siteKey(input)) {
      setProblem(`“${input}” is not a web site. Type a host such as example.com.`);
      return;
    }
    setProblem(null);
    setSiteEnabled(settingsDb, input, false, Date.now()).then(() => setInput(''), report('save the site'));
  };

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <p className="options__hint">
        Sourcemark marks news articles on its own on every site except those switched off here. On any page, the popup’s
        “Annotate this page” still works.
      </p>
      <form onSubmit={add}>
        <label>
          Switch off a site
          <input name="site" value={input} placeholder="example.com" onChange={(e) => setInput(e.currentTarget.value)} />
        </label>
        <button type="submit">Switch off</button>
      </form>
      {problem && <p className="problem" role="alert">{problem}</p>}
      {rules === undefined ? (
        <p className="options__hint">Loading…</p>
      ) : rules.length === 0 ? (
        <p className="options__hint">No site is switched off.</p>
      ) : (
        <table className="site-rules">
          <thead>
            <tr>
              <th>Site</th>
              <th>Sourcemark</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.site} data-site={rule.site}>
                <td>{rule.site}</td>
                <td>
                  <label className="site-rules__toggle">
                    <input
                      type="checkbox"
                      checked={rule.enabled}
                      onChange={(e) => setSiteEnabled(settingsDb, rule.site, e.currentTarget.checked, Date.now()).catch(report('save the site'))}
                    />
                    {rule.enabled ? 'on' : 'off'}
                  </label>
                </td>
                <td>
                  <button type="button" onClick={() => forgetSite(settingsDb, rule.site).catch(report('forget the site'))}>
                    Forget
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
