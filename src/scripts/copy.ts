// "Copy" buttons: hidden without JavaScript (the text is there to select), shown when the
// clipboard can be written; each says when it has copied, for screen readers too.
export function enhanceCopyButtons(root: Document): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = root.getElementById(button.dataset.copy ?? '');
    if (!source) continue;
    const label = button.textContent ?? 'Copy';
    button.hidden = false;
    button.setAttribute('aria-live', 'polite');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent ?? '');
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Could not copy: select the text instead';
      }
      setTimeout(() => { button.textContent = label; }, 2500);
    });
  }
}
