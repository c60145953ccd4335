package org.parley.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An API test: the whole application on a random port, real HTTP through {@link Api},
 * real PostgreSQL from {@link TestDatabase}. Every class using it shares one application
 * context and so one database. The admin key is {@link TestApiKeys#ADMIN_KEY}; rate
 * limits are high enough never to be reached (see {@code RateLimitTests} for tight ones).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parley.embedded-postgres.data-directory=",
				"spring.jpa.properties.hibernate.generate_statistics=true",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
				"parley.security.admin-key=" + TestApiKeys.ADMIN_KEY, "parley.rate-limit.anonymous-per-minute=1000000",
				"parley.rate-limit.key-per-minute=1000000" })
@AutoConfigureRestTestClient
@Import({ TestDatabase.class, SqlStatements.class, Api.class })
public @interface ApiTest {

}
