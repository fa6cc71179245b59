// Runs inside the kiosk page: lists what breaks the kiosk's layout rules on the visible screen:
// worker text under 32 px, buttons under 64 px, anything scrolled out of the viewport.
/* global document, getComputedStyle */
(() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1)
    problems.push(`horizontal overflow ${root.scrollWidth}`);
  if (root.scrollHeight > root.clientHeight + 1)
    problems.push(`vertical overflow ${root.scrollHeight}`);
  for (const el of document.querySelectorAll(
    '.worker h1, .worker p, .worker li, .worker dd, .worker dt',
  )) {
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (el.offsetParent && size < 32)
      problems.push(`text ${size}px: ${el.className || el.tagName}`);
  }
  for (const el of document.querySelectorAll('button')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && (box.width < 64 || box.height < 64))
      problems.push(`button ${box.width}x${box.height}`);
  }
  return problems;
})();
