package org.parley.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.text.Sentence;

/**
 * Resolves the phrases of a whole document, in text order, to mentions: names and states directly; surnames
 * ({@link SurnameResolver}), titles ({@link TitleResolver}) and pronouns ({@link PronounResolver}) against
 * what the document said before ({@link Discourse}); people the knowledge base does not know become
 * people of the document, with the description and state the text gives. Stateless: each call has its own
 * {@link Discourse}.
 */
final class DocumentResolver {
  private final ActorBase base;
  private final PhraseFinder finder;
  private final SurnameResolver surnames = new SurnameResolver();
  private final TitleResolver titles = new TitleResolver();
  private final PronounResolver pronouns = new PronounResolver();
  private final SpellingVariants spelling;

  DocumentResolver(ActorBase base) {
    this.base = base;
    this.finder = new PhraseFinder(base);
    this.spelling = new SpellingVariants(base);
  }

  Mentions resolve(String text, List<Sentence> sentences, @Nullable LocalDate date) {
    List<Phrase> all = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Phrase p : finder.find(text, sentences.get(i))) {
        p.sentence = i;
        all.add(p);
      }
    }
    Discourse d = new Discourse(base, text, date);
    survey(all, d);
    Run run = new Run(d, all, text);
    for (Phrase p : all) {
      run.resolve(p);
    }
    List<Phrase> emitted = new ArrayList<>();
    for (Phrase p : all) {
      if (p.emit) {
        emitted.add(p);
      }
    }
    emitted.sort(Comparator.comparingInt(p -> p.start));
    List<Mention> out = new ArrayList<>();
    int lastEnd = 0;
    for (Phrase p : emitted) {
      Resolved r = run.resolve(p);
      if (r.drop() || p.start < lastEnd || p.end <= p.start) {
        continue;
      }
      out.add(
          new Mention(
              p.start,
              p.end,
              text.substring(p.start, p.end),
              r.ref(),
              r.resolution(),
              r.candidates(),
              r.members(),
              p.description,
              p.place));
      lastEnd = p.end;
    }
    return new Mentions(out);
  }

  private static final java.util.Set<String> MONTHS =
      java.util.Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");

  /** Words before a month that make it a date: "in May", "since March", "last June", "early April". */
  private static final java.util.Set<String> BEFORE_MONTH =
      java.util.Set.of("in", "since", "until", "till", "by", "from", "through", "during", "last", "next", "early",
          "late", "mid", "of", "this", "that", "each", "every", "before", "after", "to", "between", "and", "or",
          "on", "end", "beginning", "start", "middle");

  /**
   * Whether a bare surname at {@code [start, end)} is a common word there: a month name next to a day or a
   * year ("May 5", "5 May", "May 2019") or after a word that makes it a date ("in May", "last May"); or
   * any surname after a lower-case "the" ("the Moon", "to the Moon"), which a person's name never has.
   */
  static boolean commonWord(String text, int start, int end) {
    String before = wordBefore(text, start);
    if (before.equals("the") || before.equals("a")) {
      return true;
    }
    if (!MONTHS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    if (BEFORE_MONTH.contains(before.toLowerCase(java.util.Locale.ROOT)) || (!before.isEmpty()
        && Character.isDigit(before.charAt(before.length() - 1)))) {
      return true;
    }
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
      i++;
    }
    return i > end && i < text.length() && Character.isDigit(text.charAt(i));
  }

  /** The word right before {@code start} (letters and digits), or "" when none is on the same line. */
  private static String wordBefore(String text, int start) {
    int j = start;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    int k = j;
    while (k > 0 && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '-')) {
      k--;
    }
    return text.substring(k, j);
  }

  /** Before resolving: full names of people (for a surname that comes first) and the states named. */
  private void survey(List<Phrase> all, Discourse d) {
    for (Phrase p : all) {
      switch (p.type) {
        case PERSON:
          if (p.actors.length == 1) {
            Actor a = base.known(p.actors[0]).actor();
            d.ahead(new Discourse.Seen(a, p.start, p.sentence, Discourse.BY_NAME, p.fronted, false));
            addNamed(d, a.country());
          }
          break;
        case STATE:
          if (!p.weak) {
            Actor a = base.known(p.actors[0]).actor();
            addNamed(d, a.country() != null ? a.country() : a.id());
          }
          break;
        case ACTOR:
          addNamed(d, base.known(p.actors[0]).actor().country());
          break;
        case STATE_SECTOR:
        case SIDE:
          if (p.modifier != null && !p.modifier.weak && p.actors.length > 0) {
            addNamed(d, base.known(p.actors[0]).actor().country());
          }
          break;
        default:
          break;
      }
    }
  }

  private static void addNamed(Discourse d, @Nullable String iso) {
    if (iso != null) {
      d.named.add(iso);
      d.namedCounts.merge(iso, 1, Integer::sum);
    }
  }

  /** The resolution of one document: each phrase resolved once, on demand (a title needs its state first). */
  private final class Run {
    private final Discourse d;
    private final List<Phrase> all;
    private final Map<Phrase, Resolved> done;
    private final Map<Phrase, Integer> index;
    private final Quotations quotes;
    private final QuoteSpeakers speakers;

    Run(Discourse d, List<Phrase> all, String text) {
      this.d = d;
      this.all = all;
      this.done = new IdentityHashMap<>(all.size() * 2);
      this.index = new IdentityHashMap<>(all.size() * 2);
      for (int i = 0; i < all.size(); i++) {
        index.put(all.get(i), i);
      }
      this.quotes = Quotations.of(text);
      this.speakers = new QuoteSpeakers(text, all, index, quotes, base.lexicon(), this::resolve);
      this.text = text;
    }

    private final String text;

    Resolved resolve(Phrase p) {
      Resolved r = done.get(p);
      if (r != null) {
        return r;
      }
      done.put(p, Resolved.unresolved(p.resolution)); // a cycle finds nothing
      r = compute(p);
      done.put(p, r);
      Actor a = r.actor();
      if (a != null && !p.place) {
        d.sawCountry(r.ref() != null && r.ref().country() != null ? r.ref().country() : a.country(), p.start);
        if (a.isPerson()) {
          int how =
              p.type == Phrase.Type.PRONOUN
                  ? Discourse.BY_PRONOUN
                  : p.type == Phrase.Type.TITLE ? Discourse.BY_TITLE : Discourse.BY_NAME;
          d.sawPerson(a, p.start, p.sentence, how, p.fronted, quotes.at(p.start) >= 0);
          if (!p.descriptions.isEmpty()) {
            bindDescriptions(p, a);
          }
        }
      }
      return r;
    }

    private Resolved compute(Phrase p) {
      switch (p.type) {
        case PERSON:
          return person(p);
        case SURNAME:
          if (p.titleKey == null && commonWord(text, p.start, p.end)) {
            return Resolved.DROP; // "in May", "May 5", "the Moon": a month or a thing, not Theresa May or Moon
          }
          return surnames.resolve(p, d, pronounAfter(p), leaderNearby(p));
        case UNKNOWN:
          return unknown(p);
        case CAPWORD:
          return capitalised(p);
        case STATE:
          {
            Actor a = base.known(p.actors[0]).actor();
            String iso = a.country() != null ? a.country() : a.id();
            if (p.weak && !inContext(p.actors[0], iso)) {
              return Resolved.DROP;
            }
            return Resolved.of(a, d.ref(a), p.resolution);
          }
        case ACTOR:
          {
            Actor a = base.known(p.actors[0]).actor();
            if (p.weak && (a.country() == null || !inContext(p.actors[0], a.country()))) {
              return Resolved.DROP; // "the Senate" in an article that names no United States
            }
            return Resolved.of(a, d.ref(a), p.resolution);
          }
        case STATE_SECTOR:
        case SIDE:
        case PERSON_SECTOR:
          return sector(p);
        case TITLE:
          return titles.resolve(p, d, this::resolve);
        case GROUP:
          return group(p);
        case PRONOUN:
          {
            List<Actor> excluded = new ArrayList<>();
            Actor speaker = speakers.around(p);
            if (speaker != null) {
              excluded.add(speaker);
            }
            if (p.excludes != null && resolve(p.excludes).actor() != null) {
              excluded.add(resolve(p.excludes).actor()); // "John Bolton, his adviser": his is not Bolton
            }
            return pronouns.resolve(p, d, excluded, quotes.at(p.start) >= 0);
          }
        default:
          return Resolved.DROP;
      }
    }

    private Resolved person(Phrase p) {
      List<Actor> fit = new ArrayList<>();
      for (int i : p.actors) {
        fit.add(base.known(i).actor());
      }
      if (fit.size() > 1) {
        List<Actor> inRole = new ArrayList<>();
        for (Actor a : fit) {
          if (!d.rolesOnDay(a).isEmpty()) {
            inRole.add(a);
          }
        }
        if (inRole.size() == 1) {
          fit = inRole;
        }
      }
      if (fit.size() == 1) {
        return Resolved.of(fit.get(0), d.ref(fit.get(0)), p.resolution);
      }
      List<ActorRef> refs = new ArrayList<>();
      for (Actor a : fit) {
        refs.add(d.ref(a));
      }
      return Resolved.ambiguous(refs, p.resolution);
    }

    /** A person the text names with a cue: a known person under another spelling, or a person of the document. */
    private Resolved unknown(Phrase p) {
      String folded = Vocabulary.fold(p.key);
      Actor known = d.person(folded);
      if (known != null) {
        return Resolved.of(known, d.ref(known), known.id().startsWith("doc:") ? Resolution.UNKNOWN : Resolution.ALIAS);
      }
      // "The North Korean negotiator, Kim Miyong Gil": the description names a known Kim.
      for (Phrase t : p.descriptions) {
        Resolved r = titles.resolve(t, d, this::resolve);
        Actor a = r.actor();
        if (a != null && a.isPerson() && !a.id().startsWith("doc:") && hasSurname(a, p.surname)) {
          d.alias(folded, a);
          return Resolved.of(a, d.ref(a), Resolution.ALIAS);
        }
      }
      Actor variant = spelling.match(p.key, p.surname);
      if (variant != null) {
        d.alias(folded, variant);
        return Resolved.of(variant, d.ref(variant), Resolution.ALIAS);
      }
      String country = null;
      String sector = null;
      List<String> keys = new ArrayList<>();
      for (Phrase t : p.descriptions) {
        keys.add(t.key);
        if (country == null) {
          country = countryOf(t.modifier);
        }
        if (country == null && t.complement != null && (t.complementOf || isPersonLike(t.complement))) {
          country = countryOf(t.complement);
        }
        if (sector == null) {
          sector = t.sector;
        }
      }
      Actor a = d.introduce(p.key, p.surname, p.gender, country, country == null ? null : sector, p.description, keys);
      return Resolved.of(a, d.ref(a), Resolution.UNKNOWN);
    }

    /** Capitalised words: a person the document introduced, by full name or surname; else no mention. */
    private Resolved capitalised(Phrase p) {
      String folded = Vocabulary.fold(p.key);
      Actor known = d.person(folded);
      if (known != null) {
        return Resolved.of(known, d.ref(known), known.id().startsWith("doc:") ? Resolution.UNKNOWN : Resolution.ALIAS);
      }
      if (p.to - p.from == 1) {
        p.surname = folded;
        Resolved r = surnames.resolve(p, d, pronounAfter(p), false);
        return r.actor() == null && r.candidates().isEmpty() ? Resolved.DROP : r;
      }
      Actor variant = spelling.match(p.key, p.surname);
      if (variant != null) {
        d.alias(folded, variant);
        return Resolved.of(variant, d.ref(variant), Resolution.ALIAS);
      }
      return Resolved.DROP;
    }

    private Resolved sector(Phrase p) {
      Phrase m = p.modifier;
      if (m == null) {
        return Resolved.DROP;
      }
      Resolved rm = resolve(m);
      Actor a = rm.actor();
      if (a == null) {
        String shared = sharedCountry(rm.candidates());
        if (shared != null && p.type == Phrase.Type.PERSON_SECTOR) {
          // "the Kim regime": whichever Kim, the North Korean government
          Actor inst = d.institution(shared, "government", "GOV");
          return inst == null ? Resolved.unresolved(rm.resolution()) : Resolved.of(inst, d.ref(inst), rm.resolution());
        }
        return rm.drop() ? Resolved.DROP : Resolved.unresolved(rm.resolution());
      }
      if (p.type == Phrase.Type.SIDE) {
        return Resolved.of(a, d.ref(a), rm.resolution());
      }
      String iso = a.isPerson() ? (rm.ref() != null ? rm.ref().country() : a.country()) : a.country() != null ? a.country() : a.id();
      if (iso == null) {
        return Resolved.unresolved(rm.resolution());
      }
      Actor inst =
          p.type == Phrase.Type.PERSON_SECTOR
              ? d.institution(iso, "government", "GOV")
              : d.institution(iso, p.key, p.sector);
      if (inst == null) {
        return Resolved.partial(ActorRef.partial(iso, p.sector, d.date), rm.resolution());
      }
      return Resolved.of(inst, d.ref(inst), rm.resolution());
    }

    /** Whether the document gives a weak name of {@code actor} (of state {@code iso}) its context. */
    private boolean inContext(int actor, String iso) {
      if (d.inContext(iso)) {
        return true;
      }
      for (String c : base.known(actor).context()) {
        if (d.named.contains(c)) {
          return true;
        }
      }
      return false;
    }

    private @Nullable String sharedCountry(List<ActorRef> refs) {
      String c = null;
      for (ActorRef r : refs) {
        if (r.country() == null || c != null && !c.equals(r.country())) {
          return null;
        }
        c = r.country();
      }
      return c;
    }

    private Resolved group(Phrase p) {
      List<ActorRef> members = new ArrayList<>();
      switch (p.key) {
        case "koreas":
          for (String iso : List.of("PRK", "KOR")) {
            int i = base.index(iso);
            if (i >= 0) {
              members.add(d.ref(base.known(i).actor()));
            }
          }
          break;
        case "leaders":
          {
            List<Discourse.Seen> seen = new ArrayList<>(d.seen);
            seen.sort(Comparator.comparingInt(Discourse.Seen::position).reversed());
            List<String> ids = new ArrayList<>();
            for (Discourse.Seen s : seen) {
              if (s.position() < p.start && !ids.contains(s.actor().id()) && d.isHead(s.actor())) {
                ids.add(s.actor().id());
                members.add(d.ref(s.actor()));
                if (members.size() == 2) {
                  break;
                }
              }
            }
            break;
          }
        default:
          List<String> top = d.topCountries(2);
          for (String iso : top.size() == 2 ? top : d.topNamed(2)) {
            int i = base.index(iso);
            if (i >= 0) {
              members.add(d.ref(base.known(i).actor()));
            }
          }
      }
      return members.size() == 2 ? Resolved.group(members) : Resolved.unresolved(Resolution.PRONOUN);
    }

    /**
     * Whether another phrase of the surname's sentence names a head of state or government ("Trump and
     * Kim", "Kim and Putin"): leaders meet leaders.
     */
    private boolean leaderNearby(Phrase p) {
      int at = index.getOrDefault(p, 0);
      int from = at;
      while (from > 0 && all.get(from - 1).sentence == p.sentence) {
        from--;
      }
      for (int k = from; k < all.size() && all.get(k).sentence == p.sentence; k++) {
        Phrase q = all.get(k);
        if (q == p || !(q.type == Phrase.Type.PERSON || q.type == Phrase.Type.SURNAME) || q.actors.length != 1) {
          continue;
        }
        if (d.isHead(base.known(q.actors[0]).actor()) && !java.util.Arrays.equals(q.actors, p.actors)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The gender of a pronoun that follows a surname in its sentence with no other name between ("Kim said
     * in her personal opinion"): it tells two Kims apart.
     */
    private Actor.Gender pronounAfter(Phrase p) {
      Integer i = index.get(p);
      if (i == null) {
        return Actor.Gender.UNKNOWN;
      }
      for (int k = i + 1; k < all.size(); k++) {
        Phrase q = all.get(k);
        if (q.sentence != p.sentence) {
          break;
        }
        if (!q.emit) {
          continue;
        }
        if (q.type == Phrase.Type.PRONOUN) {
          return q.gender;
        }
        if (q.isName() || q.type == Phrase.Type.TITLE) {
          break;
        }
      }
      return Actor.Gender.UNKNOWN;
    }

    /** Ties the titles that describe a name to it, for later titles and descriptions to find. */
    private void bindDescriptions(Phrase p, Actor a) {
      for (Phrase t : p.descriptions) {
        String owner = null;
        String country = null;
        String institution = null;
        for (Phrase x : new Phrase[] {t.modifier, t.complement}) {
          if (x == null) {
            continue;
          }
          Actor xa = resolve(x).actor();
          if (xa == null || xa == a) {
            continue;
          }
          if (xa.isPerson()) {
            if (owner == null && (x == t.complement || x.possessive || x.type == Phrase.Type.PRONOUN)) {
              owner = xa.id();
            }
          } else if (xa.kind() == Actor.Kind.INSTITUTION || xa.kind() == Actor.Kind.ORGANISATION) {
            if (institution == null) {
              institution = xa.id();
              country = country == null ? xa.country() : country;
            }
          } else if (country == null && (x == t.modifier || t.complementOf)) {
            country = xa.country() != null ? xa.country() : xa.id();
          }
        }
        d.bind(t.key, owner, country, institution, a, p.start);
      }
    }

    private @Nullable String countryOf(@Nullable Phrase x) {
      if (x == null) {
        return null;
      }
      Resolved r = resolve(x);
      if (r.ref() != null && r.ref().country() != null) {
        return r.ref().country();
      }
      Actor a = r.actor();
      return a == null ? null : a.country() != null ? a.country() : a.kind() == Actor.Kind.STATE ? a.id() : null;
    }

    private boolean isPersonLike(Phrase x) {
      Resolved r = resolve(x);
      return r.actor() != null && r.actor().isPerson();
    }

    private boolean hasSurname(Actor a, String surname) {
      int i = base.index(a.id());
      if (i < 0) {
        return false;
      }
      for (String s : base.known(i).surnames()) {
        if (Vocabulary.fold(s).equals(surname)) {
          return true;
        }
      }
      return false;
    }
  }
}
