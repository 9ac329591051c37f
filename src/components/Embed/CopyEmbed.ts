/**
 * Enhances each "Embed this chart" block: shows its copy button, which copies the snippet
 * with navigator.clipboard and reports the outcome in the block's live region. Where the
 * clipboard is refused (e.g. in a cross-origin iframe), the code is selected instead.
 */
export function enhanceCopyEmbed(root: ParentNode): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-copy-embed]')) {
    const button = block.querySelector<HTMLButtonElement>('[data-copy-embed-button]');
    const code = block.querySelector<HTMLElement>('[data-copy-embed-code]');
    const status = block.querySelector<HTMLElement>('[data-copy-embed-status]');
    if (!button || !code || !status || button.dataset['enhanced']) continue;
    button.dataset['enhanced'] = '';
    button.hidden = false;
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        status.textContent = block.dataset['done'] ?? '';
      } catch {
        getSelection()?.selectAllChildren(code);
        status.textContent = block.dataset['failed'] ?? '';
      }
    });
  }
}
