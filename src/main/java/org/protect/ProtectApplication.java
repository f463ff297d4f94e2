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
		// The linkage command is a batch tool: it must not pay for (or need) the web application.
		if (args.length > 0 && args[0].equals("linkage")) {
			System.exit(org.protect.identity.LinkageCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(ProtectApplication.class, args);
	}

}
