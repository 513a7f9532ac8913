// /embed.js, loaded by the page an embed is pasted into: sizes each of this site's iframes to the
// height its page posts. Plain JavaScript with no imports; the build writes in the site's origin
// and the message names (src/lib/site/embed-code.ts) and drops these comment lines.
(() => {
  const origin = __ORIGIN__, HEIGHT = __HEIGHT__, ASK = __ASK__;
  // Every copy of the embed code loads this script: the first one listens for them all.
  const done = Symbol.for(HEIGHT);
  if (window[done]) return;
  window[done] = true;
  addEventListener('message', (event) => {
    const data = event.data, height = data && data.height;
    if (event.origin !== origin || !data || data.type !== HEIGHT || typeof height !== 'number' || !(height > 0 && height < 1e5)) return;
    // The message names no frame: the one whose window sent it is the one to size.
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
    }
  });
  // Embeds that loaded before this script posted their height to no one: ask them again.
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.src.startsWith(`${origin}/`)) frame.contentWindow?.postMessage({ type: ASK }, '*');
  }
})();
