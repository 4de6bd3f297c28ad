// Placeholder: replaced by the diagnostic-bundle feature.
export function ExportBundle() {
  return (
    <button type="button" data-action="export-bundle" disabled>
      Export bundle for support
    </button>
  );
}
