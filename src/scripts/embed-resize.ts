// On an embed page inside an iframe: posts the page's height to the host page, on load, whenever
// it changes (a wider or narrower frame, the figures opened) and when the host's /embed.js asks,
// so the frame can fit its content. The height is not private, so any host may receive it.
import { EMBED_ASK_MESSAGE, EMBED_HEIGHT_MESSAGE } from '../lib/site/embed-message.ts';

export function postHeightToHost(): void {
  if (window.parent === window) return;
  // The root element's own height is the content's: scrollHeight would never drop below the frame's.
  const send = () => window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
  new ResizeObserver(send).observe(document.documentElement);
  addEventListener('load', send);
  addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === EMBED_ASK_MESSAGE) send();
  });
}
