package org.parley.web;

import org.jspecify.annotations.Nullable;

/** The live server's URLs, from the site root. */
final class ServerLinks implements Links {
  static final ServerLinks INSTANCE = new ServerLinks();

  private ServerLinks() {}

  @Override
  public String css() {
    return "/static/parley.css";
  }

  @Override
  public String timeline() {
    return "/";
  }

  @Override
  public String event(String id) {
    return "/events/" + Html.url(id);
  }

  @Override
  public String article(String id, int offset) {
    return "/articles/" + Html.url(id) + (offset >= 0 ? "#o" + offset : "");
  }

  @Override
  public String actors() {
    return "/actors";
  }

  @Override
  public String actor(String key) {
    return "/actors/" + Html.url(key);
  }

  @Override
  public String pair(String a, String b) {
    return "/pairs?pair=" + Html.url(a + "," + b);
  }

  @Override
  public String pairs() {
    return "/pairs";
  }

  @Override
  public String quotes() {
    return "/quotes";
  }

  @Override
  public String quotesOf(String speakerKey) {
    return "/quotes?speaker=" + Html.url(speakerKey);
  }

  @Override
  public String outletsForEvent(String id) {
    return "/outlets?event=" + Html.url(id);
  }

  @Override
  public String outletsForActor(String key) {
    return "/outlets?actor=" + Html.url(key);
  }

  @Override
  public String outlets() {
    return "/outlets";
  }

  @Override
  public String articles() {
    return "/articles";
  }

  @Override
  public @Nullable String search() {
    return "/search";
  }

  @Override
  public boolean live() {
    return true;
  }
}
