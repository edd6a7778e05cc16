/** An exercise or self-test picture: the server's SVG in an <img> with its alt text, kept by the service worker. */
import { useEffect, useState } from "react";
import type { PictureInfo } from "@upstream/core";
import { api } from "../lib/api";
import { load, save } from "../lib/storage";
import "./illustration.css";

type Kind = PictureInfo["kind"];
type Catalogue = ReadonlyMap<string, PictureInfo>;

const KEY = "pictures";
const keyOf = (kind: Kind, id: string) => `${kind}:${id}`;
const toMap = (list: PictureInfo[]): Catalogue => new Map(list.map((p) => [keyOf(p.kind, p.id), p]));
let memory: Catalogue | undefined;
let pending: Promise<Catalogue> | undefined;

/** The pictures' alt texts and sizes: from memory or the phone at once, refreshed from the server once a visit. */
export function usePictures(): Catalogue {
  const [catalogue, setCatalogue] = useState<Catalogue>(() => memory ?? toMap(load<PictureInfo[]>(KEY, [])));
  useEffect(() => {
    if (memory) return;
    let live = true;
    // Several cards mount at once: they share one request.
    pending ??= api.pictures().then((list) => {
      save(KEY, list);
      memory = toMap(list);
      return memory;
    });
    pending
      .then((c) => {
        if (live) setCatalogue(c);
      })
      .catch(() => {
        pending = undefined;
      });
    return () => {
      live = false;
    };
  }, []);
  return catalogue;
}

/** Where the server serves a picture (core's pictureUrl; the web bundle takes only core's types). */
export const pictureSrc = (id: string, kind: Kind = "exercise") =>
  `/api/pictures/${encodeURIComponent(id)}.svg${kind === "self_test" ? "?kind=self_test" : ""}`;

/**
 * The picture of an exercise or self-test, start to end. `name` words the alt text until the catalogue has loaded;
 * `href` makes it a link (the Today cards open the exercise page).
 */
export function Illustration({
  id,
  name,
  kind = "exercise",
  size = "large",
  href,
}: {
  id: string;
  name: string;
  kind?: Kind;
  size?: "large" | "small";
  href?: string;
}) {
  const info = useCatalogueEntry(kind, id);
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  const img = (
    <img
      className="illustration-img"
      src={info?.url ?? pictureSrc(id, kind)}
      alt={info?.alt ?? `${name}: the start and end positions`}
      width={info?.width ?? 412}
      height={info?.height ?? 206}
      loading={size === "small" ? "lazy" : "eager"}
      decoding="async"
      onError={() => setFailed(true)}
    />
  );
  return (
    <figure className={`illustration illustration-${size}`}>
      {href ? (
        <a href={href} className="illustration-link">
          {img}
        </a>
      ) : (
        img
      )}
    </figure>
  );
}

function useCatalogueEntry(kind: Kind, id: string): PictureInfo | undefined {
  return usePictures().get(keyOf(kind, id));
}
