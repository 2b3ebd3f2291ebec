package org.parley.ingest;

import java.time.ZoneId;
import java.util.List;

/**
 * A news outlet as listed in the outlet table.
 *
 * @param name its own name, as readers know it
 * @param domains web domains it publishes from
 * @param aliases other strings naming it in copyright lines, e-mail addresses, bylines
 * @param zone the zone it dates articles in
 * @param country ISO 3166-1 alpha-3 code of its home country (or a project code for invented places)
 */
public record Outlet(String name, List<String> domains, List<String> aliases, ZoneId zone, String country) {
  public Outlet {
    domains = List.copyOf(domains);
    aliases = List.copyOf(aliases);
  }
}
