package org.parley.ingest;

import java.nio.ByteBuffer;
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
    String strict = utf8(bytes);
    if (strict != null) {
      return new DecodedText(strict, StandardCharsets.UTF_8, null);
    }
    Charset named = charsetNamed(declared);
    if (named == null) {
      named = charsetNamed(declaredInside(bytes));
    }
    if (named != null && !named.equals(StandardCharsets.UTF_8)) {
      String text = strict(bytes, named);
      if (text != null) {
        return new DecodedText(text, named, null);
      }
    }
    String why =
        named != null && named.equals(StandardCharsets.UTF_8)
            ? "declared UTF-8 but holds invalid UTF-8 bytes; read as windows-1252"
            : "not valid UTF-8 and no usable charset declared; read as windows-1252";
    return new DecodedText(new String(bytes, FALLBACK), FALLBACK, why);
  }

  private static DecodedText lenient(byte[] bytes, int skip, Charset cs) {
    String text = strict(java.util.Arrays.copyOfRange(bytes, skip, bytes.length), cs);
    if (text != null) {
      return new DecodedText(text, cs, null);
    }
    return new DecodedText(
        new String(bytes, skip, bytes.length - skip, cs),
        cs,
        "byte-order mark says " + cs.name() + " but some bytes are invalid; they were replaced");
  }

  /**
   * The bytes as UTF-8, or null when they are not valid UTF-8. The JDK's String constructor is several times
   * faster than a CharsetDecoder but replaces bad bytes with U+FFFD; only text that then holds U+FFFD (bad
   * bytes, or a real U+FFFD) is checked again strictly.
   */
  private static @Nullable String utf8(byte[] bytes) {
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    return strict(bytes, StandardCharsets.UTF_8);
  }

  private static @Nullable String strict(byte[] bytes, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = dec.decode(ByteBuffer.wrap(bytes));
      return out.toString();
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
