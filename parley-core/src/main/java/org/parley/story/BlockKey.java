package org.parley.story;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the merge groups mentions by before it looks at dates: the CAMEO root, whether the action is
 * symmetric, and the two sides' {@link Party#key() keys}, in the mention's order for a directed action and in
 * text order for a symmetric one. Only mentions of one block can be one story event.
 *
 * <p>Symmetric actions, where "A met B" and "B met A" tell the same thing: every code of root {@code 04}
 * (consult: discuss by telephone, make or host a visit, meet at a third location, negotiate) except {@code
 * 045} (mediate, where the mediator is not one of the parties), {@code 057} (sign a formal agreement) and every
 * code of root {@code 06} (cooperate economically, militarily, judicially, share intelligence). A visit
 * ({@code 042}) and its hosting ({@code 043}) are the same happening told from either side, hence one block.
 * The other codes, including all of root {@code 03} (a party expresses its own intent to the other) and the
 * rest of root {@code 05} (praise, apology, recognition: one side does it to the other), are directed.
 *
 * <p>An intent to meet or negotiate ({@code 036}: "Trump will meet Kim", "plans to visit") is the announcement
 * of a root {@code 04} act, so it is put in that act's symmetric block: the summit planned in March and the
 * summit held in June are one story event when their dates agree.
 *
 * <p>An unresolved side has no key and is written {@code ?}: it only ever shares a block with mentions whose
 * same side is unresolved. The text form ({@link #text()}) is {@code 04|~|kim-jong-un|mike-pompeo} for a
 * symmetric block and {@code 12|>|PRK|USAGOV} for a directed one.
 *
 * @param root the CAMEO root, two digits
 * @param symmetric whether the sides are ordered by key rather than by who acts
 * @param first the first side's key (the source's in a directed block), or null when unresolved
 * @param second the second side's key, or null when unresolved
 */
public record BlockKey(String root, boolean symmetric, @Nullable String first, @Nullable String second) {
  private static final Comparator<@Nullable String> KEY_ORDER =
      Comparator.nullsLast(Comparator.<String>naturalOrder());

  public BlockKey {
    Objects.requireNonNull(root, "root");
  }

  /** The block of a mention with this CAMEO code and these sides. */
  public static BlockKey of(String cameo, Party source, Party target) {
    String root = blockRoot(cameo);
    boolean symmetric = isSymmetric(cameo);
    String a = source.key();
    String b = target.key();
    if (symmetric && KEY_ORDER.compare(a, b) > 0) {
      return new BlockKey(root, true, b, a);
    }
    return new BlockKey(root, symmetric, a, b);
  }

  /**
   * Whether a mention with this code, source and target, put in its block, has its sides the other way
   * round: its target is the block's first side. Always false for a directed action.
   */
  public static boolean isReversed(String cameo, Party source, Party target) {
    return isSymmetric(cameo) && KEY_ORDER.compare(source.key(), target.key()) > 0;
  }

  /** Whether the action of this CAMEO code is the same seen from either side (see the class comment). */
  public static boolean isSymmetric(String cameo) {
    String root = blockRoot(cameo);
    return switch (root) {
      case "04" -> !cameo.startsWith("045");
      case "05" -> cameo.startsWith("057");
      case "06" -> true;
      default -> false;
    };
  }

  /** The root a code is merged under: its own, but {@code 04} for an intent to meet ({@code 036}). */
  static String blockRoot(String cameo) {
    return isIntentToMeet(cameo) ? "04" : root(cameo);
  }

  /** Whether the code is {@code 036}, express intent to meet or negotiate. */
  static boolean isIntentToMeet(String cameo) {
    return cameo.startsWith("036");
  }

  private static String root(String cameo) {
    if (cameo.length() < 2) {
      throw new IllegalArgumentException("bad CAMEO code '" + cameo + "': want two to four digits");
    }
    return cameo.substring(0, 2);
  }

  /** The text form stored in {@code story_events.block} and {@code event_mentions.block}. */
  public String text() {
    return root + (symmetric ? "|~|" : "|>|") + (first == null ? "?" : first) + "|" + (second == null ? "?" : second);
  }

  @Override
  public String toString() {
    return text();
  }
}
