package org.parley.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Ties a name the knowledge base does not list to the person it most likely spells differently: Korean
 * names are romanised many ways ("Kim Myong-gil", "Kim Myung Gil", "Kim Miyong Gil"). A name matches when it
 * has the person's surname and its given name, with hyphens and spaces removed, is within one edit of the
 * person's ("miyonggil" and "myonggil"), and no other person with the surname is. Given names shorter than
 * five letters are never guessed. Immutable: the given names of the knowledge base are folded once.
 */
final class SpellingVariants {
  private static final int MIN_GIVEN = 5;

  /** A person and the given names of its name and variants, folded and joined. */
  private record Given(Actor actor, List<String> names) {}

  private final Map<String, List<Given>> bySurname = new HashMap<>();

  SpellingVariants(ActorBase base) {
    for (Actor a : base.actors()) {
      int i = base.index(a.id());
      Known k = base.known(i);
      for (String surname : k.surnames()) {
        String s = Vocabulary.fold(surname);
        List<String> names = new ArrayList<>();
        for (String n : concat(a.name(), k.variants())) {
          String g = given(Vocabulary.fold(n), s);
          if (!g.isEmpty()) {
            names.add(g);
          }
        }
        bySurname.computeIfAbsent(s, x -> new ArrayList<>()).add(new Given(a, List.copyOf(names)));
      }
    }
  }

  /** The one person of the knowledge base {@code name} (with surname {@code surname}, folded) spells, or null. */
  @Nullable Actor match(String name, String surname) {
    String given = given(Vocabulary.fold(name), surname);
    if (given.length() < MIN_GIVEN) {
      return null;
    }
    Actor found = null;
    for (Given g : bySurname.getOrDefault(surname, List.of())) {
      for (String known : g.names()) {
        if (distance(given, known, 1) <= 1) {
          if (found != null && found != g.actor()) {
            return null; // two people fit: no guess
          }
          found = g.actor();
        }
      }
    }
    return found;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>(rest.size() + 1);
    out.add(first);
    out.addAll(rest);
    return out;
  }

  /** The letters of a folded name without its surname atom. */
  private static String given(String folded, String surname) {
    List<String> atoms = Atoms.split(folded);
    StringBuilder b = new StringBuilder();
    boolean skipped = false;
    for (String a : atoms) {
      if (!skipped && a.equals(surname)) {
        skipped = true;
        continue;
      }
      b.append(a);
    }
    return skipped ? b.toString() : "";
  }

  /** Levenshtein distance, giving up (returning limit + 1) once it must exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
