// What the portal crawl (PortalCrawlIT) reads from each page besides axe-core's findings.
// Returns: the HTTP status of the navigation, the page's language, the visible text written in
// Chinese parts of the page (text nodes and the attributes a reader hears or sees), images without
// a text alternative, form fields without a label, and what does not fit the window.
const visible = el => {
  if (!el || !el.getClientRects().length) return false;
  const s = getComputedStyle(el);
  return s.visibility !== 'hidden' && s.display !== 'none';
};
const name = el => {
  const id = el.id ? '#' + el.id : '';
  const cls = !id && el.className && typeof el.className === 'string'
      ? '.' + el.className.trim().split(/\s+/).join('.') : '';
  return el.tagName.toLowerCase() + id + cls;
};
const zh = el => {
  const tagged = el.closest('[lang]');
  return tagged && tagged.getAttribute('lang').toLowerCase().startsWith('zh');
};
const nav = performance.getEntriesByType('navigation')[0];
const texts = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const p = n.parentElement;
  if (!p || p.closest('script,style,noscript,code,[translate=no]')) continue;
  const t = n.nodeValue.trim();
  if (t && zh(p) && visible(p)) texts.push(t);
}
for (const el of document.querySelectorAll('[placeholder],[title],[aria-label],img[alt],input[type=submit],input[type=button]')) {
  if (!zh(el) || el.closest('[translate=no]')) continue;
  for (const a of ['placeholder', 'title', 'aria-label', 'alt']) {
    if (el.getAttribute(a)) texts.push(el.getAttribute(a));
  }
  if ((el.type === 'submit' || el.type === 'button') && visible(el)) texts.push(el.value);
}
const unlabelled = [];
for (const el of document.querySelectorAll('input,select,textarea')) {
  if (['hidden', 'submit', 'button', 'reset', 'image'].includes(el.type)) continue;
  if (!visible(el) && !el.closest('.ui-helper-hidden-accessible')) continue;
  if (el.labels && el.labels.length) continue;
  if (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title')) continue;
  unlabelled.push(name(el) + (el.name ? '[name=' + el.name + ']' : ''));
}
const noAlt = [...document.querySelectorAll('img:not([alt]),[role=img]:not([aria-label]):not([aria-labelledby])')]
  .map(el => el.getAttribute('src') || name(el));
const clipped = [];
const doc = document.documentElement;
if (doc.scrollWidth > doc.clientWidth + 1) clipped.push('page ' + doc.scrollWidth + 'px wide in ' + doc.clientWidth + 'px');
for (const th of document.querySelectorAll('main th')) {
  const t = th.innerText.trim();
  const size = parseFloat(getComputedStyle(th).fontSize);
  if (t.length >= 3 && visible(th) && th.getBoundingClientRect().height > 2.6 * size * 1.5) {
    const lines = Math.round(th.getBoundingClientRect().height / (size * 1.4));
    if (lines >= Math.min(t.length, 3) && th.getBoundingClientRect().width < 3 * size) {
      clipped.push('header "' + t + '" wraps one character per line');
    }
  }
}
return {
  status: nav ? (nav.responseStatus || 0) : 0,
  lang: doc.getAttribute('lang') || '',
  texts: texts,
  unlabelled: unlabelled,
  noAlt: noAlt,
  clipped: clipped
};
