package org.waymark.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock that says what "today" is (due dates, late returns, overdue actions): UK
 * time, because the plans run on UK financial years. Tests hand services a fixed clock
 * instead.
 */
@Configuration
class ClockConfig {

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/London"));
	}

}
