import type { ClearRecord } from '@/utils/model';

// Placeholder: replaced by the clear-site-data feature.
export function ClearSiteData(_props: { onDone?: (record: ClearRecord) => void }) {
  return (
    <button type="button" data-action="clear-site-data" disabled>
      Clear Seller Center site data
    </button>
  );
}
