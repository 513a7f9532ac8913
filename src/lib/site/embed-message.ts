// The messages an embed page and the host page's /embed.js exchange (no imports: both the
// browser bundle and the build read it). An embed posts its height; the host script asks every
// embed already loaded to post it again, since it may run after their first message.
export const EMBED_HEIGHT_MESSAGE = 'kent-care-in-numbers:embed-height';
export const EMBED_ASK_MESSAGE = 'kent-care-in-numbers:embed-ask';
