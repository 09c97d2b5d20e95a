// How numbers are written for Indonesian readers: "1.234", "45,5%". Dates and times: period.ts.
const numberFormat = new Intl.NumberFormat("id-ID");
const percentFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1, minimumFractionDigits: 0 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** 45.5 -> "45,5%". */
export function formatPercent(value: number): string {
  return `${percentFormat.format(value)}%`;
}
