import { useState } from "preact/hooks";
import { api, type Ref } from "./api";
import { useWords } from "./context";

// Thumbnails (the server's 320 px JPEGs; the photo itself if the server cannot make
// one), the full image on click. Not loaded lazily: a printed record must carry every
// photo, and a record has a handful.
export function PhotoStrip(props: { photos: Ref<Record<string, any>>[]; compact?: boolean }) {
  const w = useWords();
  const [open, setOpen] = useState<string | null>(null);
  if (props.photos.length === 0) return props.compact ? null : <p class="empty">{w.t("noPhotos")}</p>;
  return (
    <div class="photos">
      {props.photos.map((p) => (
        <button type="button" class="thumb" key={p.id} onClick={() => setOpen(p.fields.sha256)}>
          <img
            src={api.thumbUrl(p.fields.sha256)}
            alt={w.t("photos")}
            data-test="thumb"
            onError={(e) => {
              const img = e.currentTarget as HTMLImageElement;
              if (!img.src.endsWith(api.photoUrl(p.fields.sha256))) img.src = api.photoUrl(p.fields.sha256);
            }}
          />
        </button>
      ))}
      {open && (
        <div class="lightbox" role="dialog" data-test="lightbox" onClick={() => setOpen(null)}>
          <img src={api.photoUrl(open)} alt={w.t("photos")} />
          <button type="button" onClick={() => setOpen(null)}>
            {w.t("close")}
          </button>
        </div>
      )}
    </div>
  );
}
