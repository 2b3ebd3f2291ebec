/**
 * Quotes: who said what, to whom. The {@link org.parley.quote.QuoteStage} finds every quotation in an article
 * body (straight and curly, double and single marks, nested, split by their attribution, reopened across
 * paragraphs), classifies it ({@link org.parley.quote.Quote.Kind}: full, partial, scare, title) and attributes
 * it to a {@link org.parley.quote.Speaker} — a person, an institution or a state, resolved through the
 * mentions of the actor stage — with the cue that tells it, the addressee and the date where the text gives
 * them.
 *
 * <p>Public: {@code QuoteStage}, {@code Quotes}, {@code Quote}, {@code Speaker}. Everything else is
 * package-private machinery (finding quotation marks, reading cues, subjects and noun phrases, the running
 * speaker of a paragraph) and may change. The word lists the rules use are the resource files {@code
 * cues.txt} and {@code grammar.txt} beside these classes.
 */
@NullMarked
package org.parley.quote;

import org.jspecify.annotations.NullMarked;
