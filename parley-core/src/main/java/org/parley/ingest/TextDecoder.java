package org.parley.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes to text: a byte-order mark wins; then strict UTF-8; then a charset the document declares
 * ({@code <meta charset>}, {@code Content-Type}, XML declaration); then windows-1252 (a superset of Latin-1
 * that decodes every byte) with a warning. Stateless.
 */
final class TextDecoder {
  private static final Pattern DECLARED =
      Pattern.compile(
          "(?i)(?:<meta[^>]{0,200}?charset\\s*=\\s*[\"']?|encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]{2,40})");
  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private TextDecoder() {}

  static DecodedText decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * @param declared a charset named outside the bytes (an HTTP header), or null
   */
  static DecodedText decode(byte[] bytes, @Nullable String declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return lenient(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return lenient(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return lenient(bytes, 2, StandardCharsets.UTF_16BE);
    }
    DecodedText utf8 = utf8(bytes);
    if (utf8 != null) {
      return utf8;
    }
    Charset named = charsetNamed(declared);
    if (named == null) {
      named = charsetNamed(declaredInside(bytes));
    }
    if (named != null && !named.equals(StandardCharsets.UTF_8)) {
      DecodedText text = strict(bytes, named);
      if (text != null) {
        return text;
      }
    }
    String why =
        named != null && named.equals(StandardCharsets.UTF_8)
            ? "declared UTF-8 but holds invalid UTF-8 bytes; read as windows-1252"
            : "not valid UTF-8 and no usable charset declared; read as windows-1252";
    return new DecodedText(new String(bytes, FALLBACK), FALLBACK, why);
  }

  private static DecodedText lenient(byte[] bytes, int skip, Charset cs) {
    DecodedText text = strict(java.util.Arrays.copyOfRange(bytes, skip, bytes.length), cs);
    if (text != null) {
      return text;
    }
    return new DecodedText(
        new String(bytes, skip, bytes.length - skip, cs),
        cs,
        "byte-order mark says " + cs.name() + " but some bytes are invalid; they were replaced");
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The bytes as UTF-8, or null when they are not valid UTF-8 (a bad or cut sequence, an overlong form, a
   * surrogate, a code point over U+10FFFF: what the JDK's strict decoder rejects). One pass, straight into
   * characters: eight ASCII bytes are tested at once, which is most of a page. This is about twice as fast as
   * the JDK's String constructor (whose decoding of mixed text goes a byte at a time, and which would need a
   * second pass to tell bad bytes from a real U+FFFD).
   */
  static @Nullable DecodedText utf8(byte[] b) {
    int n = b.length;
    char[] c = new char[n];
    int i = 0;
    int o = 0;
    while (i < n) {
      if (i + 8 <= n && (((long) LONGS.get(b, i)) & HIGH_BITS) == 0) {
        for (int k = 0; k < 8; k++) {
          c[o + k] = (char) b[i + k];
        }
        i += 8;
        o += 8;
        continue;
      }
      int x = b[i];
      if (x >= 0) {
        c[o++] = (char) x;
        i++;
      } else if ((x & 0xE0) == 0xC0) {
        if (i + 1 >= n || !continuation(b[i + 1]) || (x & 0x1E) == 0) {
          return null; // cut, or an overlong form of U+0000..U+007F
        }
        c[o++] = (char) (((x & 0x1F) << 6) | (b[i + 1] & 0x3F));
        i += 2;
      } else if ((x & 0xF0) == 0xE0) {
        if (i + 2 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2])) {
          return null;
        }
        int cp = ((x & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
        if (cp < 0x800 || Character.isSurrogate((char) cp)) {
          return null;
        }
        c[o++] = (char) cp;
        i += 3;
      } else if ((x & 0xF8) == 0xF0) {
        if (i + 3 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
          return null;
        }
        int cp = ((x & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
        if (cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
          return null;
        }
        c[o++] = Character.highSurrogate(cp);
        c[o++] = Character.lowSurrogate(cp);
        i += 4;
      } else {
        return null; // a continuation byte without a lead, or 0xF8..0xFF
      }
    }
    return new DecodedText(c, o, StandardCharsets.UTF_8, null);
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static @Nullable DecodedText strict(byte[] bytes, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = dec.decode(ByteBuffer.wrap(bytes));
      if (out.hasArray() && out.arrayOffset() == 0 && out.position() == 0) {
        return new DecodedText(out.array(), out.limit(), cs, null);
      }
      return new DecodedText(out.toString(), cs, null);
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static @Nullable String declaredInside(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static @Nullable Charset charsetNamed(@Nullable String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    // Browsers read a page labelled Latin-1 as windows-1252; so do we.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return FALLBACK;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
