// Service worker: the app shell and the exercise library work offline; API writes are never cached.
const CACHE = "upstream-v2";
const SHELL = ["/", "/index.html", "/manifest.webmanifest", "/icon.svg"];
const KNOWLEDGE = ["/api/exercises", "/api/self-tests", "/api/drivers", "/api/pictures"];
// The exercise and self-test pictures (SVG): kept like the knowledge so a session shows them offline.
const isPicture = (url) => url.pathname.startsWith("/api/pictures/") && url.pathname.endsWith(".svg");

/** When the list of pictures arrives, keep every picture it names that is not kept yet (a few KB each). */
function keepPictures(res) {
  return res
    .json()
    .then((list) =>
      caches
        .open(CACHE)
        .then((c) =>
          Promise.all(
            list.map((p) =>
              c
                .match(p.url)
                .then((hit) =>
                  hit ? undefined : fetch(p.url).then((r) => (r.ok ? c.put(p.url, r) : undefined)),
                ),
            ),
          ),
        ),
    )
    .catch(() => undefined);
}

/**
 * Keeps a good response under `key`; for the list of pictures, also every picture it names. The copies are
 * taken at once, before the page reads the body.
 */
function keep(key, pathname, res) {
  const copy = res.clone();
  const list = pathname === "/api/pictures" ? res.clone() : undefined;
  return caches.open(CACHE).then((c) => Promise.all([c.put(key, copy), list && keepPictures(list)]));
}

// Installing keeps the shell and the library, so the first visit is enough for the exercises to show offline.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(SHELL))
      // Best effort: a list that cannot be fetched now is kept the first time the app asks for it.
      .then(() =>
        Promise.all(
          KNOWLEDGE.map((url) =>
            fetch(url)
              .then((res) => (res.ok ? keep(url, url, res) : undefined))
              .catch(() => undefined),
          ),
        ),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  const isKnowledge = KNOWLEDGE.includes(url.pathname) || isPicture(url);
  if (url.pathname.startsWith("/api/") && !isKnowledge) return;
  // Network first, so updates arrive; the cache when offline. Built assets are immutable: cache first.
  const immutable = url.pathname.startsWith("/assets/");
  event.respondWith(
    (immutable ? caches.match(req) : Promise.resolve(undefined)).then(
      (hit) =>
        hit ||
        fetch(req)
          .then((res) => {
            if (res.ok) event.waitUntil(keep(req, url.pathname, res));
            return res;
          })
          .catch(() =>
            caches
              .match(req)
              .then((m) => m || (req.mode === "navigate" ? caches.match("/index.html") : undefined)),
          ),
    ),
  );
});

// A reminder's click opens the app (or focuses it) at the page the reminder is about.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = (event.notification.data && event.notification.data.url) || "/";
  const target = new URL(path, self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const w of windows) {
        if (new URL(w.url).origin === self.location.origin && "focus" in w)
          return w.focus().then((f) => (f && "navigate" in f ? f.navigate(target) : f));
      }
      return self.clients.openWindow(target);
    }),
  );
});
