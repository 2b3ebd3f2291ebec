package org.parley.store;

import org.jspecify.annotations.Nullable;

/**
 * A code an actor carried in the record (its role at the time: {@code USAGOV} as Secretary of State), with
 * the days it was seen with it.
 *
 * @param code the CAMEO-style code, or null when none was known
 * @param country the country with that code, or null
 * @param first the first day (an article's publication day) it was seen with the code, or null
 * @param last the last such day, or null
 * @param rows how many event sides and quotes carry it
 */
public record RoleRow(@Nullable String code, @Nullable String country, @Nullable String first, @Nullable String last, int rows) {}
