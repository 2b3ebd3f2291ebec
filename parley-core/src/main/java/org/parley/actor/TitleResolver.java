package org.parley.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a title or description that stands without a name: "North Korean leader", "the State Department
 * spokeswoman", "Kim Jong-un's right-hand man", "North Korea's chief negotiator", "the president". In order:
 *
 * <ol>
 *   <li>with an owner ("Kim Jong-un's sister", "sister of Kim Jong-un"): what the document tied to that
 *       description of that owner; else the relation of the knowledge base; else the one holder of the title
 *       in the owner's state ("Putin's spokesman");
 *   <li>what the document tied to the description before (a name in apposition with it);
 *   <li>with a state or institution ("North Korean leader"): the one person of the knowledge base with a
 *       role in force on the article's date that goes by the title in that state or institution; with
 *       several, the one the document mentioned last;
 *   <li>without ("the president"): the last person of the document whose role of the day goes by the title;
 *   <li>an unnamed spokesperson or official speaks for the institution or government ("a South Korean
 *       government spokeswoman" is the South Korean government);
 *   <li>otherwise only the state and sector are known ({@code KORGOV}); a bare title is no mention.
 * </ol>
 */
final class TitleResolver {

  /** What the words around a title say: whose it is, and of which state or institution. */
  private record Context(@Nullable Actor owner, @Nullable String country, @Nullable Actor institution, List<ActorRef> owners) {}

  Resolved resolve(Phrase t, Discourse d, Function<Phrase, Resolved> of) {
    Context c = context(t, d, of);
    String key = t.key;
    if (c.owner() != null) {
      Actor owner = c.owner();
      Actor b = d.bound(key, owner.id(), null, null, t.start);
      if (b != null) {
        return person(b, d);
      }
      int r = d.base.related(key, owner.id());
      if (r >= 0) {
        return person(d.base.known(r).actor(), d);
      }
      List<Actor> holders = holders(key, owner.country(), null, d);
      if (holders.size() == 1) {
        return person(holders.get(0), d);
      }
      return owner.country() == null ? Resolved.unresolved(Resolution.TITLE) : Resolved.partial(ActorRef.partial(owner.country(), t.sector, d.date), Resolution.TITLE);
    }
    if (!c.owners().isEmpty()) {
      // "Kim's wife" with several Kims: the one of them who has a wife the knowledge base knows
      Actor only = null;
      for (ActorRef o : c.owners()) {
        int r = o.id() == null ? -1 : d.base.related(key, o.id());
        if (r >= 0) {
          if (only != null && only != d.base.known(r).actor()) {
            only = null;
            break;
          }
          only = d.base.known(r).actor();
        }
      }
      if (only != null) {
        return person(only, d);
      }
    }
    String institution = c.institution() == null ? null : c.institution().id();
    if (!t.indefinite) {
      Actor b = d.bound(key, null, c.country(), institution, t.start);
      if (b != null) {
        return person(b, d);
      }
      if (c.country() == null && c.institution() == null) {
        Actor last = lastWithTitle(key, null, t.start, d);
        if (last != null) {
          return person(last, d);
        }
        // A bare title the document has not used: only a specific one ("the Secretary of State") names
        // the one holder of the day; "the chief" or "the minister" names no one.
        List<Actor> holders = key.indexOf(' ') > 0 ? holders(key, null, null, d) : List.of();
        return holders.size() == 1 ? person(holders.get(0), d) : Resolved.DROP;
      }
      List<Actor> holders = holders(key, c.country(), c.institution(), d);
      if (holders.size() == 1) {
        return person(holders.get(0), d);
      }
      if (holders.size() > 1) {
        Actor last = null;
        int at = -1;
        for (Actor h : holders) {
          Discourse.Seen s = d.last(h, t.start);
          if (s != null && s.position() > at) {
            last = h;
            at = s.position();
          }
        }
        if (last != null) {
          return person(last, d);
        }
        List<ActorRef> refs = new ArrayList<>();
        for (Actor h : holders) {
          refs.add(d.ref(h));
        }
        return Resolved.ambiguous(refs, Resolution.TITLE);
      }
      Actor last = lastWithTitle(key, c.country(), t.start, d);
      if (last != null) {
        return person(last, d);
      }
    }
    if (t.has(Entry.SPOKES)) {
      Actor speaksFor = c.institution();
      if (speaksFor == null && c.country() != null) {
        speaksFor = d.institution(c.country(), "government", "GOV");
      }
      if (speaksFor != null) {
        return Resolved.of(speaksFor, d.ref(speaksFor), Resolution.TITLE);
      }
    }
    if (t.sector == null) {
      return Resolved.DROP; // "the son of North Korean refugees": a kin word with no person it is of
    }
    if (c.country() != null) {
      String sector = t.sector != null ? t.sector : c.institution() != null ? c.institution().sector() : null;
      return Resolved.partial(ActorRef.partial(c.country(), sector, d.date), Resolution.TITLE);
    }
    return Resolved.unresolved(Resolution.TITLE);
  }

  private static Resolved person(Actor a, Discourse d) {
    return Resolved.of(a, d.ref(a), Resolution.TITLE);
  }

  private static Context context(Phrase t, Discourse d, Function<Phrase, Resolved> of) {
    Actor owner = null;
    String country = null;
    Actor institution = null;
    List<ActorRef> owners = List.of();
    Phrase m = t.modifier;
    if (m != null) {
      Resolved r = of.apply(m);
      Actor a = r.actor();
      if (a == null && !r.candidates().isEmpty() && m.possessive) {
        owners = r.candidates();
      }
      if (a != null && a.isPerson()) {
        owner = a;
      } else if (a != null && (a.kind() == Actor.Kind.INSTITUTION || a.kind() == Actor.Kind.ORGANISATION)) {
        institution = a;
        country = a.country();
      } else if (a != null) {
        country = a.country() != null ? a.country() : a.id();
      } else if (r.ref() != null) {
        country = r.ref().country();
      }
    }
    Phrase x = t.complement;
    if (x != null) {
      Resolved r = of.apply(x);
      Actor a = r.actor();
      if (a != null && a.isPerson()) {
        if (owner == null && country == null && institution == null) {
          owner = a;
        }
      } else if (a != null && (a.kind() == Actor.Kind.INSTITUTION || a.kind() == Actor.Kind.ORGANISATION)) {
        if (institution == null && country == null && owner == null) {
          institution = a;
          country = a.country();
        }
      } else if (a != null && t.complementOf && country == null && owner == null) {
        country = a.country() != null ? a.country() : a.id();
      }
    }
    return new Context(owner, country, institution, owners);
  }

  /** People of the knowledge base with a role of the day that goes by {@code key}, in the state or institution given. */
  private static List<Actor> holders(String key, @Nullable String country, @Nullable Actor institution, Discourse d) {
    List<Actor> out = new ArrayList<>();
    boolean kbInstitution = institution != null && d.base.index(institution.id()) >= 0;
    for (int i : d.base.withRolePhrase(key)) {
      Actor a = d.base.known(i).actor();
      for (Role r : d.rolesOnDay(a)) {
        if (!r.phrases().contains(key)) {
          continue;
        }
        String rc = r.country() != null ? r.country() : a.country();
        if (kbInstitution && !institution.id().equals(r.institution())) {
          continue;
        }
        if (country != null && !country.equals(rc)) {
          continue;
        }
        if (!out.contains(a)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private static @Nullable Actor lastWithTitle(String key, @Nullable String country, int position, Discourse d) {
    Discourse.Seen best = null;
    for (Discourse.Seen s : d.seen) {
      if (s.position() < position
          && (best == null || s.position() > best.position())
          && d.hasTitle(s.actor(), key)
          && (country == null || country.equals(s.actor().country()))) {
        best = s;
      }
    }
    return best == null ? null : best.actor();
  }
}
