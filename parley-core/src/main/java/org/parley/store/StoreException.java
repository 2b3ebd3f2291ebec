package org.parley.store;

/**
 * A database operation failed for a reason the caller cannot fix by changing its input: the file is not
 * readable or writable, is not a Parley database, was written by a newer Parley, is locked for longer than
 * the busy timeout, or is corrupt. The message names the file or the operation; the cause is the driver's
 * exception, when there is one.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
