package io.sightline.db.signing;

import java.time.Instant;

/** An RSA key pair the app signs its access tokens with, encoded (PKCS#8 private, X.509 public). */
public record SigningKey(String kid, byte[] privateKey, byte[] publicKey, Instant createdAt) {}
