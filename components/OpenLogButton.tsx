/**
 * Opens the reading log (the extension's log.html) in a new tab. tabs.create needs no permission, and
 * a tab gives the log room the popup does not have.
 */
export function OpenLogButton() {
  return (
    <button
      type="button"
      className="open-log"
      onClick={() => {
        browser.tabs.create({ url: browser.runtime.getURL('/log.html') }).catch((error: unknown) => {
          console.error('sourcemark popup: could not open the reading log', error);
        });
      }}
    >
      Open reading log
    </button>
  );
}
