import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp, rateLimitIdentity, resolveClientIp } from "./client-ip";

describe("resolveClientIp", () => {
  it("with no trusted proxy, the socket address counts and X-Forwarded-For is ignored", () => {
    expect(resolveClientIp("198.51.100.4", "203.0.113.7", 0)).toBe("198.51.100.4");
    expect(resolveClientIp("198.51.100.4", undefined, 0)).toBe("198.51.100.4");
    // A new forged value per request changes nothing: the way around the limits.
    const seen = new Set(Array.from({ length: 5 }, (_, i) => resolveClientIp("198.51.100.4", `10.9.9.${i}`, 0)));
    expect([...seen]).toEqual(["198.51.100.4"]);
  });

  it("behind N proxies, takes the entry N from the right; the caller's own entries further left are ignored", () => {
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(resolveClientIp("10.0.0.3", "6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(resolveClientIp("10.0.0.2", ["6.6.6.6", "203.0.113.7"], 1)).toBe("203.0.113.7");
  });

  it("with fewer entries than hops, the furthest one a proxy wrote; with none, the socket", () => {
    expect(resolveClientIp("10.0.0.2", "203.0.113.7", 3)).toBe("203.0.113.7");
    expect(resolveClientIp("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(resolveClientIp("10.0.0.2", " , ", 1)).toBe("10.0.0.2");
  });

  it("unwraps IPv4-mapped IPv6 and refuses an entry that is not an address", () => {
    expect(resolveClientIp("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(resolveClientIp("::1", "2001:db8::7", 1)).toBe("2001:db8:0:0::/64");
    expect(resolveClientIp("10.0.0.2", "not-an-ip", 1)).toBe("10.0.0.2");
  });

  it("counts an IPv6 client by its /64, so new addresses from one subscriber share a bucket", () => {
    expect(rateLimitIdentity("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitIdentity("2001:0db8:0001:0002:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(rateLimitIdentity("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitIdentity("fe80::1")).toBe("fe80:0:0:0::/64");
    expect(rateLimitIdentity("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(resolveClientIp("fe80::1%eth0", undefined, 0)).toBe("fe80:0:0:0::/64");
    expect(rateLimitIdentity("203.0.113.7")).toBe("203.0.113.7");
  });
});

describe("clientIp", () => {
  it("reads only the header the web server stamps, from a Headers or a plain object", () => {
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "203.0.113.7", "x-forwarded-for": "6.6.6.6" }))).toBe(
      "203.0.113.7",
    );
    expect(clientIp({ [CLIENT_IP_HEADER]: "203.0.113.7" })).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
    expect(clientIp(undefined)).toBe("unknown");
  });
});
