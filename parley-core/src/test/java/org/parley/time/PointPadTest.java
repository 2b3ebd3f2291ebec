package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PointPadTest {
  @Test
  void padWritesWhatFormatWrites() {
    int[] values = {0, 7, 19, 201, 2019, 12345, -5, -2019, Integer.MAX_VALUE, Integer.MIN_VALUE};
    for (int width = 1; width <= 4; width++) {
      for (int v : values) {
        assertEquals(String.format(Locale.ROOT, "%0" + width + "d", v), Point.pad(v, width), v + " in " + width);
      }
    }
  }
}
