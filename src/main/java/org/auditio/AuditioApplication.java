package org.auditio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Auditio: choir auditions and jury selection, one Spring Boot application. */
@SpringBootApplication
@EnableScheduling
public class AuditioApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuditioApplication.class, args);
    }
}
