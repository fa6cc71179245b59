// Runs inside the console page: what keeps it from being read at a glance. Returns
// { wrapped: names that break over lines, icons: rows with their state icon, figurePx: the
// smallest figure's font size, healthText: the health panel's text }.
/* global document, getComputedStyle */
(() => {
  const lines = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  };
  const rows = [...document.querySelectorAll('[data-panel=health] [data-row]')];
  const labels = [
    ...document.querySelectorAll('[data-panel=health] th, [data-field=state], .figures dt'),
  ];
  return {
    wrapped: labels.filter((label) => lines(label) > 1).map((label) => label.textContent),
    icons: rows.filter((row) => row.querySelector('svg.state-icon')).length,
    rows: rows.length,
    figurePx: Math.min(
      ...[...document.querySelectorAll('.figures dd')].map((dd) =>
        parseFloat(getComputedStyle(dd).fontSize),
      ),
    ),
    healthText: document.querySelector('[data-panel=health]')?.textContent ?? '',
  };
})();
