// Runs inside the kiosk page: every visible piece of text on the worker side smaller than 28 px,
// as "size px: text" (the rule for 1920x1080; the layout check holds body text to 32 px).
/* global document, getComputedStyle, Node */
(() => {
  const small = [];
  for (const el of document.querySelectorAll('.app *')) {
    const text = [...el.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent.trim())
      .join('');
    if (!text || !el.getClientRects().length) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 28) small.push(`${size}px: ${text.slice(0, 30)}`);
  }
  return small;
})();
