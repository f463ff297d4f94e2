package org.protect.shared.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ContainerErrorReportValve} in place of Tomcat's own error report, which answers an HTML page of
 * its own, without security headers, for errors found before a request reaches the application.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport(MessageSource messages) {
		// Runs after Spring Boot's own customizer, which adds a plain ErrorReportValve: that one is replaced.
		return factory -> factory.addContextCustomizers(context -> {
			Pipeline pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new ContainerErrorReportValve(messages));
			if (context.getParent() instanceof StandardHost host) {
				// So that the host does not add Tomcat's default report beside ours when it starts.
				host.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
			}
		});
	}

}
