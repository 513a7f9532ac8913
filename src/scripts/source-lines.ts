// Line numbers on a source page are the list's own markers, not links (a document has thousands
// of lines). Selecting a number makes that line the page's target, so the address bar holds its
// link, without moving the page.
export function enhanceLineNumbers(root: Document): void {
  const lines = root.querySelector<HTMLElement>('.source-lines');
  if (!lines) return;
  root.getElementById('line-hint')?.classList.add('line-hint--shown');
  lines.addEventListener('click', (event) => {
    const list = (event.target as Element).closest('ol');
    if (!list) return;
    // The numbers sit in the list's left padding: a click right of it is in the text, to select it.
    const textStart = list.getBoundingClientRect().left + parseFloat(getComputedStyle(list).paddingLeft);
    if (event.clientX >= textStart) return;
    const line = root.elementFromPoint(textStart + 1, event.clientY)?.closest('li');
    if (!line || line.parentElement !== list) return;
    const { scrollX, scrollY } = window;
    window.location.hash = line.id;
    window.scrollTo(scrollX, scrollY);
  });
}
