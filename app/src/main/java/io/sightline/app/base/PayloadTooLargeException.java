package io.sightline.app.base;

import java.io.IOException;

/** A request body over the API's limit; raised while the body is read, mapped to 413. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
