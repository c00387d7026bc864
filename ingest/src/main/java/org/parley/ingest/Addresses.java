package org.parley.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Which addresses a fetch may not reach unless private addresses are allowed. */
final class Addresses {
  private Addresses() {
  }

  /**
   * Loopback, unspecified, private (RFC 1918, IPv6 unique-local), link-local (where cloud metadata services live,
   * 169.254.169.254), CGNAT (100.64/10, also Alibaba's metadata address), IETF protocol assignments (192.0.0/24),
   * benchmarking (198.18/15), documentation, multicast, reserved and broadcast; IPv6 forms that embed an IPv4
   * address (mapped, compatible, NAT64, 6to4) are judged by that address.
   */
  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return isPrivate4(b);
    }
    if (a instanceof Inet6Address) {
      InetAddress embedded = embeddedIpv4(b);
      if (embedded != null) {
        return isPrivate(embedded);
      }
      int first = b[0] & 0xFF;
      // fc00::/7 unique local; fec0::/10 old site-local (covered above); 2001:db8::/32 documentation.
      return (first & 0xFE) == 0xFC
          || (first == 0x20 && (b[1] & 0xFF) == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8);
    }
    return true;
  }

  private static boolean isPrivate4(byte[] b) {
    int a0 = b[0] & 0xFF;
    int a1 = b[1] & 0xFF;
    int a2 = b[2] & 0xFF;
    return a0 == 0 || a0 == 10 || a0 == 127
        || (a0 == 100 && a1 >= 64 && a1 < 128)
        || (a0 == 169 && a1 == 254)
        || (a0 == 172 && a1 >= 16 && a1 < 32)
        || (a0 == 192 && a1 == 0 && a2 == 0)
        || (a0 == 192 && a1 == 0 && a2 == 2)
        || (a0 == 192 && a1 == 168)
        || (a0 == 198 && (a1 == 18 || a1 == 19))
        || (a0 == 198 && a1 == 51 && a2 == 100)
        || (a0 == 203 && a1 == 0 && a2 == 113)
        || a0 >= 224;
  }

  /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 address, or null. */
  private static InetAddress embeddedIpv4(byte[] b) {
    try {
      boolean zeros80 = Arrays.equals(Arrays.copyOfRange(b, 0, 10), new byte[10]);
      if (zeros80 && ((b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) || (b[10] == 0 && b[11] == 0))) {
        return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
      }
      if (b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B) {
        return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
      }
      if (b[0] == 0x20 && b[1] == 0x02) {
        return InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6));
      }
    } catch (UnknownHostException e) {
      return null;
    }
    return null;
  }
}
