package org.parley.event;

/**
 * How a sentence frames an act, and the CAMEO code the act takes under that frame. CAMEO codes what an actor
 * says about an act it does not (yet) do as a verbal event of its own: "Portugal will support Turkey" is an
 * intent to cooperate (032), "the rebels vowed to fight" a threat (1384), "Syria refused to accept refugees"
 * a rejection (124), "Russia said Sudan must return the helicopter" a demand (1053).
 *
 * <ul>
 *   <li>{@link #INTENT}: "will", "plans to", "vowed to", "agreed to", "ready to" before the act; cooperation
 *       (04–09) becomes the matching intent (03), conflict (14, 16–20) the matching threat (13); statements,
 *       appeals, demands, rejections, threats and force posture (01–03, 10–13, 15) keep their code;
 *   <li>{@link #THREAT}: "threatened to": conflict becomes the matching threat, anything else "threaten"
 *       (130);
 *   <li>{@link #REFUSAL}: "refused to", "declined to", "will not": the matching rejection (12);
 *   <li>{@link #DEMAND}: "X said Y must": the matching demand (10).
 * </ul>
 *
 * Stateless.
 */
enum Frame {
  /** The act as told: no recoding. */
  NONE,
  /** The actor states it will do the act. */
  INTENT,
  /** The actor threatens to do the act. */
  THREAT,
  /** The actor refuses to do the act. */
  REFUSAL,
  /** Someone demands that the actor do the act. */
  DEMAND;

  /** The code of {@code act} (a CAMEO code) under this frame. */
  String recode(String act) {
    return switch (this) {
      case NONE -> act;
      case INTENT -> intent(act);
      case THREAT -> conflict(act) ? threat(act) : "130";
      case REFUSAL -> refusal(act);
      case DEMAND -> demand(act);
    };
  }

  /** Whether a code is material conflict or dissent (14, 16–20): what an intent to do it threatens. */
  private static boolean conflict(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root == 14 || root >= 16;
  }

  private static String intent(String c) {
    return switch (c.substring(0, 2)) {
      case "04" -> c.startsWith("045") ? "039" : "036";
      case "05" -> "032";
      case "06" -> pick(c, "031", "061", "0311", "062", "0312", "063", "0313", "064", "0314");
      case "07" -> pick(c, "033", "071", "0331", "072", "0332", "073", "0333", "074", "0334");
      case "08" -> pick(c, "035", "081", "0351", "082", "0352", "084", "0353", "085", "0354", "086", "0355",
          "087", "0356");
      case "09" -> "030";
      default -> conflict(c) ? threat(c) : c;
    };
  }

  private static String threat(String c) {
    return switch (c.substring(0, 2)) {
      case "14" -> "133";
      case "16" -> pick(c, "131", "161", "1313", "162", "1311", "163", "1312", "164", "134", "165", "135", "166",
          "136");
      case "17" -> pick(c, "132", "171", "130", "1721", "1321", "1722", "1322", "1723", "1323", "1724", "1324", "175", "137");
      case "18" -> "1383";
      case "19" -> pick(c, "1384", "191", "1381", "192", "1382");
      case "20" -> c.startsWith("204") ? "1385" : "138";
      default -> "130";
    };
  }

  private static String refusal(String c) {
    return switch (c.substring(0, 2)) {
      case "04" -> c.startsWith("045") ? "126" : "125";
      case "06" -> "121";
      case "07" -> "122";
      case "08" -> pick(c, "124", "081", "1241", "082", "1242", "084", "1243", "085", "1244", "086", "1245",
          "087", "1246");
      default -> "120";
    };
  }

  private static String demand(String c) {
    return switch (c.substring(0, 2)) {
      case "04" -> c.startsWith("045") ? "108" : "106";
      case "05" -> "102";
      case "06" -> "101";
      case "07" -> pick(c, "103", "071", "1031", "072", "1032", "073", "1033", "074", "1034");
      case "08" -> pick(c, "105", "081", "1051", "082", "1052", "084", "1053", "085", "1054", "086", "1055",
          "087", "1056");
      default -> "100";
    };
  }

  /**
   * {@code fallback}, or the value paired with the longest key ({@code pairs}: key, value, key, value...) that
   * starts {@code code}.
   */
  private static String pick(String code, String fallback, String... pairs) {
    String best = fallback;
    int bestLength = 0;
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (code.startsWith(pairs[i]) && pairs[i].length() > bestLength) {
        best = pairs[i + 1];
        bestLength = pairs[i].length();
      }
    }
    return best;
  }
}
