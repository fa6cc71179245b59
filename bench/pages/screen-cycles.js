// Runs inside the kiosk page: touches start, waits for the consent screen, cancels, waits for the
// attract screen, `cycles` times; returns each transition's time (ms) from touch to new screen.
/* global document, MutationObserver */
// The bench appends `(cycles)`: this file is the function expression it calls.
// eslint-disable-next-line @typescript-eslint/no-unused-expressions
async (cycles) => {
  const shown = (selector) =>
    new Promise((resolve) => {
      if (document.querySelector(selector)) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  const toConsent = [];
  const toAttract = [];
  for (let i = 0; i < cycles; i += 1) {
    await shown('[data-screen=attract]');
    let start = performance.now();
    document.querySelector('[data-screen=attract]').click();
    toConsent.push((await shown('[data-screen=consent]')) - start);
    start = performance.now();
    document.querySelector('[data-action=cancel]').click();
    toAttract.push((await shown('[data-screen=attract]')) - start);
  }
  return { toConsent, toAttract };
};
