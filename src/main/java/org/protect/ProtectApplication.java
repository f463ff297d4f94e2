package org.protect;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * A Protect node: one country's deployment of the platform.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ProtectApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProtectApplication.class, args);
	}

}
