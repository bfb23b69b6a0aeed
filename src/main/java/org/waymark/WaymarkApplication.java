package org.waymark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Waymark: runs a multi-agency improvement plan (programmes, action plans, outcome
 * measures, quarterly highlight reports, risks and scrutiny summaries) in one place.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WaymarkApplication {

	public static void main(String[] args) {
		SpringApplication.run(WaymarkApplication.class, args);
	}

}
