package org.parley.quote;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;

/**
 * The running speaker of a paragraph: who a quotation with no cue of its own belongs to.
 *
 * <p>A quotation that stands as its own sentence with no attribution continues the last attributed quotation
 * of its paragraph ({@code “It's not a dare,” Trump said. “He's not going to...”}), or of the paragraph before
 * when it opens its own paragraph (a quote that runs on over paragraphs, each attributed once). When a verb of
 * saying with another subject stands between the two ({@code ... Trump said. Kim told reporters he disagreed.
 * “...”}), that subject speaks instead. With no attributed quotation before it in the paragraph, the speaker
 * a verb of saying names in the sentence just before continues ({@code Herbert said, ... . “...”}). The same running speaker stands in for a "he" or "she" the actor stage
 * could not resolve, and an institution or state that spoke just before stands in for "it" ({@code “...,” it
 * added}). Nothing else is guessed: a quotation with no attribution and no running speaker has none.
 * Stateless.
 */
final class RunningSpeaker {
  /** How many quotations back the running speaker is looked for. */
  private static final int MAX_BACK = 50;
  /** How many tokens back a verb of saying between two quotations, or the antecedent of "it", is looked for. */
  private static final int MAX_TOKENS = 200;

  /**
   * One quotation already attributed.
   *
   * @param quotation its index among the document's quotations
   * @param quote the result
   * @param lastToken the last token of its cue, or of its closing mark when it has no cue
   */
  record Said(int quotation, Quote quote, int lastToken) {}

  /** The speaker of the last attributed quotation before {@code q} in its paragraph (or the one before). */
  @Nullable
  Said previous(TextView v, int q, List<Said> done) {
    Quotation qu = v.quotations.get(q);
    int paragraph = v.paragraphOf(qu.open());
    boolean opensParagraph = v.startsParagraph(qu.open());
    for (int k = done.size() - 1; k >= 0 && done.size() - k <= MAX_BACK; k--) {
      Said s = done.get(k);
      Quotation prev = v.quotations.get(s.quotation());
      if (prev.depth() != qu.depth() || prev.parent() != qu.parent()) {
        continue;
      }
      int p = v.paragraphOf(Math.max(prev.open(), prev.to() - 1));
      if (p != paragraph && !(opensParagraph && p == paragraph - 1)) {
        return null;
      }
      Quote.Kind kind = s.quote().kind();
      if (s.quote().speaker() != null && (kind == Quote.Kind.FULL || kind == Quote.Kind.PARTIAL)) {
        return s;
      }
    }
    return null;
  }

  /** The speaker of a quotation {@code q} that stands alone with no cue, or null. */
  @Nullable
  Speaker standalone(TextView v, int q, List<Said> done, SubjectFinder subjects, SpeakerResolver resolver) {
    Said prev = previous(v, q, done);
    if (prev == null) {
      return saidJustBefore(v, q, subjects, resolver);
    }
    Speaker speaker = prev.quote().speaker();
    Speaker between = saidBetween(v, prev.lastToken() + 1, v.quoteFirst(q), subjects, resolver, speaker);
    if (between != null) {
      return between;
    }
    return speaker;
  }

  /**
   * Who "it" is as the subject of a cue at token {@code token}: the running speaker when that is an
   * institution or a state; else the institution or state that last said something in this sentence or the
   * two before ({@code ..., the Joint Chiefs of Staff said. “...,” it added}). Null when neither.
   */
  @Nullable
  ActorRef it(TextView v, int token, @Nullable Said previous, SubjectFinder subjects, SpeakerResolver resolver) {
    if (previous != null && previous.quote().speaker() != null && isBody(previous.quote().speaker().actor())) {
      return previous.quote().speaker().actor();
    }
    int s = v.sentenceOf(Math.min(token, v.n - 1));
    int from = Math.max(v.sentenceFirst(Math.max(0, s - 2)), token - MAX_TOKENS);
    for (int k = token - 1; k >= from; k--) {
      if (v.quoteAt(k, 0) >= 0 || v.mentionAt(k) != null) {
        continue;
      }
      CueLexicon.Form f = v.words.match(v, k, token, false);
      if (f == null || f.participle() || f.kind() == CueLexicon.Kind.NOUN || f.kind() == CueLexicon.Kind.ACCORDING
          || SubjectFinder.nounUse(v, k)) {
        continue;
      }
      int sk = v.sentenceOf(k);
      Phrase p = subjects.subjectOf(v, k, f, new Scope(v.sentenceFirst(sk), v.sentenceEnd(sk), 0));
      if (p != null) {
        ActorRef a = resolver.resolve(v, p, null).actor();
        if (isBody(a)) {
          return a;
        }
      }
    }
    return null;
  }

  /** An institution, organisation or state known by id: what "it" can stand for. */
  private static boolean isBody(@Nullable ActorRef a) {
    return a != null && a.isIdentified() && a.kind() != Actor.Kind.PERSON;
  }

  /**
   * For a quotation with no attributed one before it in its paragraph: the speaker named with a verb of saying
   * in the sentence just before it, in the same paragraph ({@code Herbert said, is constantly sensing ... “Once
   * ...”}). Only a speaker the actor stage found a mention for counts.
   */
  @Nullable
  private static Speaker saidJustBefore(TextView v, int q, SubjectFinder subjects, SpeakerResolver resolver) {
    int open = v.quoteFirst(q);
    int s = v.sentenceOf(open);
    if (s == 0 || v.sentenceFirst(s) != open) {
      return null;
    }
    int from = v.sentenceFirst(s - 1);
    int to = v.sentenceEnd(s - 1);
    if (v.paragraphOf(v.start(from)) != v.paragraphOf(v.start(open)) || to - from > MAX_TOKENS) {
      return null;
    }
    for (int k = to - 1; k >= from; k--) {
      if (v.quoteAt(k, 0) >= 0) {
        return null; // a quotation there had its chance
      }
      if (v.mentionAt(k) != null) {
        continue;
      }
      CueLexicon.Form f = v.words.match(v, k, to, false);
      if (f == null || f.kind() != CueLexicon.Kind.SAY || SubjectFinder.nounUse(v, k)) {
        continue;
      }
      Phrase p = subjects.subjectOf(v, k, f, new Scope(from, to, 0));
      if (p != null && p.head() != null) {
        return resolver.resolve(v, p, null);
      }
      return null;
    }
    return null;
  }

  /** The subject of the last verb of saying in {@code [from, to)} outside quotations, if another's. */
  @Nullable
  private static Speaker saidBetween(
      TextView v, int from, int to, SubjectFinder subjects, SpeakerResolver resolver, @Nullable Speaker running) {
    for (int k = to - 1; k >= from && k >= 0 && to - k <= MAX_TOKENS; k--) {
      if (v.quoteAt(k, 0) >= 0 || v.mentionAt(k) != null) {
        continue;
      }
      CueLexicon.Form f = v.words.match(v, k, to, false);
      if (f == null || f.participle() || f.kind() != CueLexicon.Kind.SAY || SubjectFinder.nounUse(v, k)) {
        continue;
      }
      int s = v.sentenceOf(k);
      Scope scope = new Scope(Math.max(from, v.sentenceFirst(s)), v.sentenceEnd(s), 0);
      Phrase p = subjects.subjectOf(v, k, f, scope);
      if (p == null) {
        continue;
      }
      Speaker other = resolver.resolve(v, p, running);
      ActorRef a = other.actor();
      ActorRef r = running == null ? null : running.actor();
      if (a != null && a.isIdentified() && (r == null || !a.id().equals(r.id()))) {
        return other;
      }
      return null;
    }
    return null;
  }
}
