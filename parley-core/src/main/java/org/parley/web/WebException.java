package org.parley.web;

/** A request the server refuses: the HTTP status and a message naming what is wrong. */
final class WebException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  WebException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }

  static WebException notFound(String message) {
    return new WebException(404, message);
  }

  static WebException bad(String message) {
    return new WebException(400, message);
  }
}
