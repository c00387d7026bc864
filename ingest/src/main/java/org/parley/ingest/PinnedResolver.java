package org.parley.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The JVM's host name resolver, with the answers the fetcher checked pinned for a while: once a host's addresses
 * have been checked (none private, unless allowed), the connection made right after uses those very addresses,
 * even when the DNS answer changes in between (DNS rebinding). Every other lookup goes to the JDK's own resolver.
 * Installed for the whole JVM through {@code META-INF/services/java.net.spi.InetAddressResolverProvider}.
 */
public final class PinnedResolver extends InetAddressResolverProvider {
  /** How long a checked answer is kept: as long as the JDK keeps a positive answer by default. */
  static final long PIN_NANOS = TimeUnit.SECONDS.toNanos(30);
  private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();

  private record Pin(InetAddress[] addresses, long until) {
  }

  /** Pins {@code addresses} as the answer for {@code host} for the next {@link #PIN_NANOS}. */
  static void pin(String host, InetAddress[] addresses) {
    if (host == null || addresses.length == 0 || PINS.size() > 100_000) {
      return;
    }
    long now = System.nanoTime();
    if (PINS.size() > 10_000) {
      PINS.values().removeIf(p -> p.until() - now < 0);
    }
    PINS.put(host.toLowerCase(Locale.ROOT), new Pin(addresses.clone(), now + PIN_NANOS));
  }

  /** The pinned answer for {@code host}, or null. */
  static InetAddress[] pinned(String host) {
    Pin p = PINS.get(host.toLowerCase(Locale.ROOT));
    if (p == null || p.until() - System.nanoTime() < 0) {
      return null;
    }
    return p.addresses().clone();
  }

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
        InetAddress[] pinned = host == null ? null : pinned(host);
        if (pinned == null) {
          return builtin.lookupByName(host, policy);
        }
        int c = policy.characteristics();
        boolean v4 = (c & LookupPolicy.IPV4) != 0;
        boolean v6 = (c & LookupPolicy.IPV6) != 0;
        List<InetAddress> out = new ArrayList<>();
        for (InetAddress a : pinned) {
          if ((a instanceof Inet4Address && v4) || (a instanceof Inet6Address && v6)) {
            out.add(a);
          }
        }
        if (out.isEmpty()) {
          throw new UnknownHostException(host);
        }
        boolean v6First = (c & LookupPolicy.IPV6_FIRST) != 0;
        out.sort((x, y) -> Boolean.compare(v6First ? x instanceof Inet4Address : x instanceof Inet6Address,
            v6First ? y instanceof Inet4Address : y instanceof Inet6Address));
        return out.stream();
      }

      @Override
      public String lookupByAddress(byte[] addr) throws UnknownHostException {
        return builtin.lookupByAddress(addr);
      }
    };
  }

  @Override
  public String name() {
    return "parley-pinned";
  }
}
