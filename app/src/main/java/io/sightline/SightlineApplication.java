package io.sightline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sightline: workspaces, their admins and members, and email open tracking that tells people from machines. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SightlineApplication {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(SightlineApplication.class, args);
    }
}
