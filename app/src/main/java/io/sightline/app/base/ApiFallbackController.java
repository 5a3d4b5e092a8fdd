package io.sightline.app.base;

import io.sightline.db.base.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/} path no controller answers is a 404 problem document. Without this the request would fall through
 * to the Vaadin servlet and come back as an HTML page with a session cookie.
 */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknown() {
        throw new NotFoundException("There is no such API endpoint. See /v3/api-docs.");
    }
}
