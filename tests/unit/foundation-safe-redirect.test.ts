// safeRedirect: where the login form may send a user afterwards. Only paths on this site.
import { describe, expect, it } from "vitest";
import { safeRedirect } from "../../app/accounts/auth.server";

describe("safeRedirect", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeRedirect("/")).toBe("/");
    expect(safeRedirect("/aksi?status=blocked&halaman=2")).toBe("/aksi?status=blocked&halaman=2");
    expect(safeRedirect("/rakor/12#hasil")).toBe("/rakor/12#hasil");
  });

  it.each([
    ["protocol-relative", "//evil.com"],
    ["protocol-relative with path", "//evil.com/login"],
    ["backslash read as slash", "/\\evil.com"],
    ["tab dropped by the browser", "/\t/evil.com"],
    ["newline dropped by the browser", "/\n/evil.com"],
    ["tab then backslash", "/\t\\evil.com"],
    ["absolute URL", "https://evil.com/"],
    ["javascript URL", "javascript:alert(1)"],
    ["relative without slash", "evil.com"],
    ["empty", ""],
  ])("falls back for %s", (_label, to) => {
    expect(safeRedirect(to)).toBe("/");
    expect(safeRedirect(to, "/masuk")).toBe("/masuk");
  });

  it("falls back when nothing usable was posted", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect(new File(["x"], "x.txt"))).toBe("/");
  });

  it("never returns something a browser resolves to another host", () => {
    const tricky = ["/\t/evil.com", "/\r\n/evil.com", "/\\\\evil.com", "/\t\\evil.com", "//evil.com", "/%2F%2Fevil.com", "/./evil.com"];
    for (const to of tricky) {
      const resolved = new URL(safeRedirect(to), "https://sigap.example");
      expect(resolved.host, JSON.stringify(to)).toBe("sigap.example");
    }
  });
});
