// Suggestion lists shared by the text fields of a page: agencies by name, regions as "64.71 · Kota Balikpapan".
export const AGENCY_LIST_ID = "daftar-instansi";
export const REGION_LIST_ID = "daftar-wilayah";

export function AgencySuggestions({ names }: { names: string[] }) {
  return (
    <datalist id={AGENCY_LIST_ID}>
      {names.map((n) => (
        <option key={n} value={n} />
      ))}
    </datalist>
  );
}

export function RegionSuggestions({ regions }: { regions: string[] }) {
  return (
    <datalist id={REGION_LIST_ID}>
      {regions.map((r) => (
        <option key={r} value={r} />
      ))}
    </datalist>
  );
}
