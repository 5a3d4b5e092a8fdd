package io.sightline.db.base;

/** One invalid field of a request: its name as the client sent it, and what is wrong in words a user understands. */
public record FieldViolation(String field, String message) {}
