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
 * An API test: the whole application on a random port, real HTTP through
 * {@code RestTestClient}, real PostgreSQL from {@link TestDatabase}. Every class using it
 * shares one application context and so one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parley.embedded-postgres.data-directory=",
				"spring.jpa.properties.hibernate.generate_statistics=true",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn" })
@AutoConfigureRestTestClient
@Import({ TestDatabase.class, SqlStatements.class })
public @interface ApiTest {

}
