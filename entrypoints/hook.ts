import { installHook } from '@/utils/observer/hook';
import { NONCE_KEY, SLOW_KEY } from '@/utils/page-bridge';

// MAIN-world hook: runs in the page's own world, tiny and dependency-free. It talks only through CustomEvents on
// its own script element, signed with the nonce the content script put in the element's dataset.
export default defineUnlistedScript(() => {
  const script = document.currentScript;
  const nonce = script?.dataset[NONCE_KEY];
  if (!script || !nonce) return;
  delete script.dataset[NONCE_KEY];
  installHook(window, { target: script, nonce, slowMs: Number(script.dataset[SLOW_KEY]) || 500 });
});
