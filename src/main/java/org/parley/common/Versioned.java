package org.parley.common;

/**
 * A representation with the version it shows, for {@code ETag} and {@code If-None-Match}.
 */
public record Versioned<T>(T body, long version) {

}
