// The simulated Seller Center front end (served as /static/js/app.js, a classic external script so that it
// also runs under the strict CSP variant). It reads its plan from <script type="application/json" id="sim-config">,
// calls APIs with both fetch and XMLHttpRequest, loads a script chunk the way webpack does, and shows error
// toasts in the role="alert" container. When everything has settled: <html data-sim-ready="done">.
(() => {
  const root = document.documentElement;
  const configEl = document.getElementById('sim-config');
  const cfg = configEl ? JSON.parse(configEl.textContent || '{}') : {};

  const TEXT = {
    en: {
      generic: 'Something went wrong. Please try again later.',
      network: 'Network error. Please check your connection and try again.',
      'payment-failed': 'Payment failed. Please check your payment method and try again.',
      'listing-error': 'Failed to save the product: some required fields are missing or invalid.',
      violation: 'Your product violates TikTok Shop policies and has been removed.',
      'update-browser': 'Your browser version is too old. Please update your browser.',
      'session-expired': 'Your login session has expired. Please log in again.',
    },
    id: {
      generic: 'Terjadi kesalahan. Silakan coba lagi nanti.',
      network: 'Jaringan bermasalah. Periksa koneksi Anda dan coba lagi.',
      'payment-failed': 'Pembayaran gagal. Silakan periksa metode pembayaran Anda dan coba lagi.',
      'listing-error': 'Gagal menyimpan produk: beberapa kolom wajib kosong atau tidak valid.',
      violation: 'Produk Anda melanggar kebijakan TikTok Shop dan telah dihapus.',
      'update-browser': 'Versi browser Anda terlalu lama. Silakan perbarui browser Anda.',
      'session-expired': 'Sesi login Anda telah berakhir. Silakan masuk kembali.',
    },
    es: {
      generic: 'Algo salió mal. Vuelve a intentarlo más tarde.',
      network: 'Error de red. Comprueba tu conexión e inténtalo de nuevo.',
      'payment-failed': 'El pago falló. Comprueba tu método de pago e inténtalo de nuevo.',
      'listing-error': 'No se pudo guardar el producto: faltan campos obligatorios o no son válidos.',
      violation: 'Tu producto infringe las políticas de TikTok Shop y se ha eliminado.',
      'update-browser': 'Tu navegador está desactualizado. Actualiza tu navegador.',
      'session-expired': 'Tu sesión ha caducado. Vuelve a iniciar sesión.',
    },
  };
  const lang = TEXT[cfg.lang] ? cfg.lang : 'en';
  const text = (key) => TEXT[lang][key] || TEXT.en[key] || TEXT[lang].generic;

  const toastBox = document.getElementById('sim-toasts');
  function toast(message, kind) {
    if (!toastBox) return;
    const el = document.createElement('div');
    el.className = 'sim-toast';
    el.dataset.simToast = kind;
    el.textContent = message;
    toastBox.appendChild(el);
    if (cfg.toastTtlMs > 0) setTimeout(() => el.remove(), cfg.toastTtlMs);
  }

  const withQuery = (path) => (cfg.query ? path + (path.includes('?') ? '&' : '?') + cfg.query : path);

  function viaFetch(api) {
    const init = {
      method: api.method,
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'x-tts-access-token': cfg.token || '' },
    };
    if (api.method !== 'GET') init.body = JSON.stringify(api.body || {});
    return fetch(withQuery(api.path), init).then((r) => r.text().then((body) => ({ status: r.status, body })));
  }

  function viaXhr(api) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(api.method, withQuery(api.path));
      xhr.setRequestHeader('content-type', 'application/json');
      xhr.setRequestHeader('x-tts-access-token', cfg.token || '');
      xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.ontimeout = () => reject(new TypeError('Network request timed out'));
      xhr.send(api.method === 'GET' ? null : JSON.stringify(api.body || {}));
    });
  }

  function parse(body) {
    try {
      return JSON.parse(body);
    } catch {
      return null;
    }
  }

  let failures = 0;
  function failureText(api, status, envelope) {
    const key = api.toast || 'generic';
    if (envelope && typeof envelope.code === 'number' && envelope.code !== 0) {
      return lang === 'en' && envelope.message
        ? `${envelope.message} (${envelope.code})`
        : `${text(key)} (${envelope.code})`;
    }
    return `${text(key)} (HTTP ${status})`;
  }

  function call(api) {
    const started = performance.now();
    const request = api.via === 'xhr' ? viaXhr(api) : viaFetch(api);
    return request.then(
      (r) => {
        const envelope = parse(r.body);
        const failed = r.status >= 400 || (envelope && typeof envelope.code === 'number' && envelope.code !== 0);
        if (failed) {
          failures++;
          console.error(`[seller-center] ${api.method} ${api.path} failed: HTTP ${r.status}`, envelope?.code ?? '');
          if (!cfg.quiet) toast(failureText(api, r.status, envelope), 'api');
        }
        return performance.now() - started;
      },
      (err) => {
        failures++;
        console.error(`[seller-center] ${api.method} ${api.path} failed:`, err.message);
        if (!cfg.quiet) toast(text('network'), 'network');
        return performance.now() - started;
      },
    );
  }

  // webpack-style chunk loading: a script tag; on error a ChunkLoadError that nobody catches.
  window.__simChunkLoaded = (name) => {
    root.dataset.simChunk = name;
  };
  function loadChunk(name) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `/static/js/${name}.js`;
      script.onload = () => resolve(name);
      script.onerror = () => {
        const err = new Error(`Loading chunk ${name} failed.\n(missing: ${script.src})`);
        err.name = 'ChunkLoadError';
        err.type = 'missing';
        err.request = script.src;
        reject(err);
      };
      document.head.appendChild(script);
    });
  }

  let apis = cfg.apis || [];
  if (cfg.heavy) {
    apis = [];
    for (let i = 0; i < cfg.heavy.calls; i++) {
      apis.push({ method: 'GET', path: `/api/v1/product/list?page=${i}`, via: i % 2 ? 'xhr' : 'fetch' });
    }
  }

  // The search button lists products again (without the keyword: what was typed never leaves the box).
  document.getElementById('sim-search-go')?.addEventListener('click', () => {
    call({ method: 'GET', path: '/api/v1/product/list', via: 'fetch' });
  });

  for (const key of cfg.toasts || []) toast(text(key), 'page');

  const settled = [];
  if (cfg.chunk) {
    const chunk = loadChunk(cfg.chunk);
    // This derived promise is left unhandled on purpose: real Seller Center reports ChunkLoadError that way.
    chunk.then(() => undefined);
    settled.push(chunk.catch(() => 'failed'));
  }
  const timings = apis.map(call);
  Promise.all([...settled, ...timings]).then((results) => {
    const ms = results.slice(settled.length);
    if (ms.length > 0) root.dataset.simSlowestMs = String(Math.round(Math.max(...ms)));
    root.dataset.simCalls = String(apis.length);
    root.dataset.simFailures = String(failures);
    root.dataset.simReady = 'done';
    performance.mark('sim-ready');
  });
})();
