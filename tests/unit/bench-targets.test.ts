// The bench's issue-12 targets: each figure as a ratio (to /login p95, to /healthz quiet p50, to the
// same page at one client), met at its limit, missed just above it, and never met by a figure the
// run could not measure.
import { describe, expect, it } from "vitest";
import { issue12Targets, ratioText, type TargetFigures } from "../../db/bench/targets";

/** A run that meets every target with room to spare (/login p95 = 10 ms). */
const good: TargetFigures = {
  loginP95: 10,
  concurrency: 4,
  mixedDashboardP95: 20,
  actionsAllP95: 30,
  actionsFilteredP95: 15,
  healthzMixedP99: 20,
  healthzQuietP50: 2,
  pages: [
    { label: "Dasbor", singleP95: 20, loadedP95: 30 },
    { label: "Daftar rakor", singleP95: 10, loadedP95: 12 },
  ],
  updateP95: 12,
  updatesPerSecond: 450,
};

const verdicts = (f: TargetFigures) => issue12Targets(f).map((t) => t.ok);

describe("issue12Targets", () => {
  it("lists the seven targets of issue 12, all met by a good run", () => {
    const rows = issue12Targets(good);
    expect(rows.map((r) => r.measured)).toEqual(["2.0×", "3.0×", "1.5×", "10.0×", "1.5× (terburuk: Dasbor)", "1.2×", "450/s"]);
    expect(rows.every((r) => r.ok)).toBe(true);
  });

  it("meets a target exactly at its limit and misses it just above", () => {
    expect(verdicts({ ...good, mixedDashboardP95: 30 })[0]).toBe(true);
    expect(verdicts({ ...good, mixedDashboardP95: 31 })[0]).toBe(false);
    expect(verdicts({ ...good, actionsAllP95: 50 })[1]).toBe(true);
    expect(verdicts({ ...good, actionsAllP95: 51 })[1]).toBe(false);
    expect(verdicts({ ...good, actionsFilteredP95: 31 })[2]).toBe(false);
    expect(verdicts({ ...good, healthzMixedP99: 40 })[3]).toBe(true);
    expect(verdicts({ ...good, healthzMixedP99: 41 })[3]).toBe(false);
    expect(verdicts({ ...good, updateP95: 31 })[5]).toBe(false);
    expect(verdicts({ ...good, updatesPerSecond: 300 })[6]).toBe(true);
    expect(verdicts({ ...good, updatesPerSecond: 299 })[6]).toBe(false);
  });

  it("judges concurrency by every page and names the one that slows most", () => {
    const rows = issue12Targets({
      ...good,
      pages: [
        { label: "Dasbor", singleP95: 20, loadedP95: 40 },
        { label: "Rencana aksi", singleP95: 10, loadedP95: 21 },
      ],
    });
    expect(rows[4]).toMatchObject({ measured: "2.1× (terburuk: Rencana aksi)", ok: false, measuredOn: "halaman, c=4 ÷ c=1" });
  });

  it("never meets a target whose figure is missing", () => {
    const rows = issue12Targets({
      ...good,
      mixedDashboardP95: NaN,
      healthzQuietP50: NaN,
      pages: [
        { label: "Dasbor", singleP95: 20, loadedP95: 20 },
        { label: "Tanpa sampel", singleP95: NaN, loadedP95: NaN },
      ],
      updatesPerSecond: NaN,
    });
    expect(rows.map((r) => r.ok)).toEqual([false, true, true, false, false, true, false]);
    expect(rows[0].measured).toBe("-");
    expect(rows[4].measured).toBe("- (terburuk: Tanpa sampel)");
    expect(issue12Targets({ ...good, pages: [] })[4]).toMatchObject({ measured: "-", ok: false });
  });
});

describe("ratioText", () => {
  it("shows a ratio with one decimal, or a dash when it cannot be computed", () => {
    expect(ratioText(25, 8.4)).toBe("3.0×");
    expect(ratioText(1, 0)).toBe("-");
    expect(ratioText(NaN, 2)).toBe("-");
  });
});
