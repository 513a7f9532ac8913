// /embed.js, the script the embed code loads on the host page (see src/scripts/embed-host.js).
import source from '../scripts/embed-host.js?raw';
import { hostScript } from '../lib/site/embed-code.ts';

export const GET = () => new Response(hostScript(source), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
